package org.protopnet.model.checkpoint;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.protopnet.model.bundle.BundleException;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.BundleWriter;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.Npz;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.train.CheckpointSink;
import org.protopnet.model.train.TrainerState;
import org.protopnet.model.train.TrainingConfig;

/**
 * Checkpoints as model bundles in a folder: {@code checkpoint.protopnet} after every step (a usable
 * model that also carries {@code trainer/state.json} and {@code trainer/optimizer.npz}) and {@code
 * best.protopnet}, the selected model so far.
 */
public final class BundleCheckpoints implements CheckpointSink {
    public static final String LATEST = "checkpoint.protopnet";
    public static final String BEST = "best.protopnet";
    static final String STATE = "trainer/state.json";
    static final String OPTIMIZER = "trainer/optimizer.npz";
    static final Gson GSON =
            new GsonBuilder()
                    .serializeSpecialFloatingPointValues()
                    .setLenient()
                    .setPrettyPrinting()
                    .create();

    private final Path dir;
    private final InputSpec input;
    private final List<String> classNames;
    private final TrainingConfig config;
    private final HistoryFiles history;

    public BundleCheckpoints(
            Path dir,
            InputSpec input,
            List<String> classNames,
            TrainingConfig config,
            HistoryFiles history) {
        this.dir = dir;
        this.input = input;
        this.classNames = List.copyOf(classNames);
        this.config = config;
        this.history = history;
    }

    public Path latest() {
        return dir.resolve(LATEST);
    }

    public Path best() {
        return dir.resolve(BEST);
    }

    @Override
    public void save(
            ProtoPNet net, TrainerState state, Map<String, HostTensor> optimizer, boolean isBest)
            throws IOException {
        ModelBundle bundle =
                new ModelBundle(
                        net.spec(),
                        input,
                        classNames,
                        WeightLoader.export(net, "checkpoint"),
                        config,
                        Map.of());
        bundle = history.addTo(bundle, state.history());
        if (isBest) {
            BundleWriter.write(bundle, best());
        }
        ByteArrayOutputStream opt = new ByteArrayOutputStream();
        Npz.write(optimizer, opt);
        bundle =
                bundle.withFile(STATE, GSON.toJson(state).getBytes(StandardCharsets.UTF_8))
                        .withFile(OPTIMIZER, opt.toByteArray());
        BundleWriter.write(bundle, latest());
    }

    /** A checkpoint read back: the bundle (weights, config), trainer state and optimiser. */
    public record Saved(
            ModelBundle bundle, TrainerState state, Map<String, HostTensor> optimizer) {}

    /** Reads {@code dir}'s latest checkpoint, or explains why there is none to resume. */
    public static Saved load(Path dir) {
        Path file = dir.resolve(LATEST);
        if (!Files.isRegularFile(file)) {
            throw new BundleException("nothing to resume: no " + LATEST + " in " + dir);
        }
        ModelBundle b = BundleReader.read(file);
        byte[] state = b.files().get(STATE);
        byte[] opt = b.files().get(OPTIMIZER);
        if (state == null || opt == null || b.training() == null) {
            throw new BundleException(file + ": a model bundle, but not a training checkpoint");
        }
        TrainerState s =
                GSON.fromJson(new String(state, StandardCharsets.UTF_8), TrainerState.class);
        return new Saved(b, s, Npz.read(opt, file + " " + OPTIMIZER));
    }
}
