package org.protopnet.fiji.service;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.protopnet.fiji.render.HtmlReport;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.DataSplits;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.io.AtomicFiles;
import org.protopnet.model.prune.NearestPatches;
import org.protopnet.model.train.TrainingConfig;

/**
 * Global analysis of a model: for every prototype, its k nearest patches (one per image) among the
 * training images and among the test images of a data set, written as {@code nearest.csv} and
 * {@code nearest.html}. A prototype whose neighbours are mostly of other classes is one that
 * pruning would remove; one whose test neighbours differ from its training neighbours has not
 * generalised.
 *
 * <pre>{@code
 * new NearestPatchesService().write(model, "set/labels.csv", 6, out, DeviceChoice.AUTO);
 * }</pre>
 */
public final class NearestPatchesService {
    static {
        DicomImages.register();
    }

    private static final int BATCH = 32;

    /** The files written, and the mean fraction of neighbours of each prototype's own class. */
    public record Outcome(Path csv, Path html, double trainPurity, double testPurity) {}

    /** Writes the k nearest training and test patches of every prototype of {@code model}. */
    public Outcome write(Path model, String data, int k, Path out, DeviceChoice device)
            throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("--nearest must be at least 1, got " + k);
        }
        LabeledSet set = DataSources.open(data, 0);
        StringBuilder csv =
                new StringBuilder(
                        "prototype,prototype_class,split,rank,source,label,distance,latent_h,latent_w\n");
        double[] purity = new double[2];
        List<List<NearestPatches.Patch>> train;
        List<List<NearestPatches.Patch>> test;
        List<String> classes;
        int[] protoClass;
        try (NDManager manager = NDManager.newBaseManager(device.resolve());
                BundleReader.LoadedModel loaded = BundleReader.load(model, manager)) {
            classes = loaded.bundle().classNames();
            protoClass = loaded.bundle().network().prototypeClass();
            TrainingConfig config =
                    loaded.bundle().training() != null
                            ? loaded.bundle().training()
                            : TrainingConfig.paperDefaults();
            DataSplits splits = DataSplits.of(set, config.validationFraction(), config.seed());
            try (BatchStream stream =
                    new BatchStream(set, new Preprocessor(loaded.bundle().input()), 1L << 28)) {
                var net = loaded.network();
                train = NearestPatches.find(net, set, stream, splits.train(), k, BATCH, manager);
                test = NearestPatches.find(net, set, stream, splits.test(), k, BATCH, manager);
            }
        }
        purity[0] = rows(csv, "train", train, protoClass, classes);
        purity[1] = rows(csv, "test", test, protoClass, classes);
        Files.createDirectories(out);
        Path csvFile = out.resolve("nearest.csv");
        AtomicFiles.write(csvFile, csv.toString().getBytes(StandardCharsets.UTF_8));
        Path html = out.resolve("nearest.html");
        AtomicFiles.write(
                html, page(train, test, protoClass, classes, k).getBytes(StandardCharsets.UTF_8));
        return new Outcome(csvFile, html, purity[0], purity[1]);
    }

    /** Appends the CSV rows of one split; returns the mean own-class fraction of neighbours. */
    private static double rows(
            StringBuilder csv,
            String split,
            List<List<NearestPatches.Patch>> near,
            int[] protoClass,
            List<String> classes) {
        double sum = 0;
        int counted = 0;
        for (int j = 0; j < near.size(); j++) {
            List<NearestPatches.Patch> patches = near.get(j);
            for (int r = 0; r < patches.size(); r++) {
                NearestPatches.Patch p = patches.get(r);
                csv.append(j)
                        .append(',')
                        .append(ResultCsv.quote(classes.get(protoClass[j])))
                        .append(',')
                        .append(split)
                        .append(',')
                        .append(r + 1)
                        .append(',')
                        .append(ResultCsv.quote(p.source()))
                        .append(',')
                        .append(ResultCsv.quote(classes.get(p.label())))
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.6g", p.distance()))
                        .append(',')
                        .append(p.h())
                        .append(',')
                        .append(p.w())
                        .append('\n');
            }
            if (!patches.isEmpty()) {
                sum += ownClassFraction(patches, protoClass[j]);
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    private static double ownClassFraction(List<NearestPatches.Patch> patches, int cls) {
        return patches.stream().filter(p -> p.label() == cls).count() / (double) patches.size();
    }

    private static String page(
            List<List<NearestPatches.Patch>> train,
            List<List<NearestPatches.Patch>> test,
            int[] protoClass,
            List<String> classes,
            int k)
            throws IOException {
        StringWriter html = new StringWriter();
        try (HtmlReport page = new HtmlReport(html, "Nearest patches of every prototype")) {
            html.write(
                    "<p>For each prototype, its "
                            + k
                            + " nearest image patches (one per image) among the training and the"
                            + " test images, and how many of them are of the prototype's own class."
                            + " Few of its own class: the prototype stands for something the"
                            + " classes share (pruning removes it).</p>\n<table>\n<tr><th>prototype"
                            + "</th><th>class</th><th>training: own class</th><th>test: own"
                            + " class</th><th>nearest training cases</th></tr>\n");
            for (int j = 0; j < train.size(); j++) {
                int cls = protoClass[j];
                html.write(
                        "<tr><td>"
                                + j
                                + "</td><td>"
                                + HtmlReport.esc(classes.get(cls))
                                + "</td><td>"
                                + own(train.get(j), cls)
                                + "</td><td>"
                                + own(test.get(j), cls)
                                + "</td><td>"
                                + HtmlReport.esc(
                                        String.join(
                                                ", ",
                                                train.get(j).stream()
                                                        .map(p -> fileName(p.source()))
                                                        .toList()))
                                + "</td></tr>\n");
            }
            html.write("</table>\n");
        }
        return html.toString();
    }

    private static String own(List<NearestPatches.Patch> patches, int cls) {
        long same = patches.stream().filter(p -> p.label() == cls).count();
        return same + " of " + patches.size();
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
