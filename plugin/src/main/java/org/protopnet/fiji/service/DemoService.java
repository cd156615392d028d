package org.protopnet.fiji.service;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.RawImage;
import org.protopnet.model.data.Split;
import org.protopnet.model.io.AtomicFiles;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.train.TrainingConfig;
import org.protopnet.model.train.TrainingListener;

/**
 * The product in one run, on data generated on the spot: trains a small model on synthetic
 * radiograph-like images whose classes differ by a small lesion, writes the held-out images as PNG
 * files, classifies those files with the saved model, and summarises the outcome.
 */
public final class DemoService {
    /** Images generated (70 % train, 15 % validation, 15 % test). */
    public static final int IMAGES = 1200;

    public static final int SIZE = 48;

    /** What the demo produced. */
    public record Outcome(
            Path model,
            Path results,
            Path summary,
            Path curve,
            double testAccuracy,
            double seconds) {}

    public Outcome run(Path out, TrainingListener listener, BooleanSupplier cancelled)
            throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(out);
        PlantedPartSet data = new PlantedPartSet(IMAGES, SIZE, 7);
        TrainingConfig config =
                TrainingConfig.builder()
                        .epochs(10)
                        .warmEpochs(2)
                        .pushStart(100)
                        .lastLayerEpochs(20)
                        .lastLayerLr(1e-3)
                        .batchSize(32)
                        .featuresLr(2e-3)
                        .addOnLr(3e-3)
                        .prototypesLr(3e-3)
                        .jointLrStep(8)
                        .augmentation(Augmentation.NONE)
                        .seed(7)
                        .build();
        NetworkOptions network =
                new NetworkOptions(
                        Architecture.SMALL_CNN,
                        SIZE,
                        5,
                        32,
                        AddOnType.REGULAR,
                        SimilarityFunction.LOG);
        InputSpec input =
                new InputSpec(
                        SIZE, new float[] {0.45f, 0.45f, 0.45f}, new float[] {0.2f, 0.2f, 0.2f});
        Path model = out.resolve("model.protopnet");
        TrainingOutcome trained =
                new TrainingService()
                        .train(
                                new TrainingRequest(
                                        "synthetic:" + IMAGES,
                                        0,
                                        model,
                                        network,
                                        input,
                                        config,
                                        null,
                                        out.resolve("checkpoints"),
                                        false,
                                        DeviceChoice.AUTO,
                                        listener,
                                        cancelled));

        List<Path> testImages = writeTestImages(data, out.resolve("test-images"));
        new BatchService()
                .run(
                        new BatchRequest(
                                model,
                                List.of(out.resolve("test-images")),
                                out,
                                java.util.EnumSet.allOf(OutputFormat.class),
                                3,
                                false,
                                false,
                                2,
                                DeviceChoice.AUTO,
                                BatchListener.NONE,
                                cancelled));
        Path results = out.resolve("results.csv");
        int correct = 0;
        for (Path f : testImages) {
            String id = out.resolve("test-images").relativize(f).toString().replace('\\', '/');
            Path rec = BatchService.recordOf(out, id);
            if (Files.exists(rec)) {
                String truth = f.getParent().getFileName().toString().replace('_', ' ');
                correct +=
                        truth.equals(StudyRecord.read(rec).get("predicted_class").getAsString())
                                ? 1
                                : 0;
            }
        }
        double accuracy = (double) correct / Math.max(1, testImages.size());
        Path summary = out.resolve("summary.json");
        JsonObject s = new JsonObject();
        s.addProperty("accuracy", accuracy);
        s.addProperty("test_images", testImages.size());
        s.addProperty("validation_accuracy", trained.validationAccuracy());
        s.addProperty("selected_step", trained.selectedStep());
        s.addProperty("model", model.toString());
        s.addProperty("seconds", (System.nanoTime() - start) / 1e9);
        s.addProperty(
                "data",
                "synthetic planted-part radiographs (" + IMAGES + " images, " + SIZE + " px)");
        AtomicFiles.write(
                summary,
                new GsonBuilder()
                        .setPrettyPrinting()
                        .create()
                        .toJson(s)
                        .getBytes(StandardCharsets.UTF_8));
        return new Outcome(
                model,
                results,
                summary,
                trained.curvePng(),
                accuracy,
                (System.nanoTime() - start) / 1e9);
    }

    /** The test split as PNG files in a folder per true class. */
    private static List<Path> writeTestImages(PlantedPartSet data, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i : data.indicesOf(Split.TEST)) {
            String cls = data.classNames().get(data.label(i)).replace(' ', '_');
            Path f = dir.resolve(cls).resolve(String.format("case-%04d.png", i));
            Files.createDirectories(f.getParent());
            RawImage img = data.load(i);
            BufferedImage b =
                    new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < img.height(); y++) {
                for (int x = 0; x < img.width(); x++) {
                    int v = Math.round(img.get(x, y, 0) * 255);
                    b.getRaster().setSample(x, y, 0, v);
                }
            }
            ImageIO.write(b, "png", f.toFile());
            files.add(f);
        }
        return files;
    }
}
