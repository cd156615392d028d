package org.protopnet.fiji.service;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.fiji.render.HtmlReport;
import org.protopnet.fiji.render.PrototypeGallery;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.io.AtomicFiles;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.push.PrototypeCatalog;
import org.protopnet.model.push.PrototypeRecord;

/**
 * The prototype gallery of a model: a PNG per class ({@code prototypes-CLASS.png}) showing each
 * prototype on its training case, and {@code index.html} gathering them. Reads the bundle only (no
 * network is run).
 *
 * <pre>{@code
 * GalleryService.Outcome o = new GalleryService().write(Path.of("m.protopnet"), Path.of("gallery"));
 * }</pre>
 */
public final class GalleryService {
    /** What was written. */
    public record Outcome(List<Path> classPictures, Path index, int prototypes) {}

    /** Writes the gallery of {@code model} into {@code out}. */
    public Outcome write(Path model, Path out) throws IOException {
        ModelBundle bundle = BundleReader.read(model);
        PrototypeCatalog catalog =
                PrototypeCatalog.from(bundle)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                model
                                                        + ": this model has no prototype pictures"
                                                        + " (trained before push recorded them)"));
        double[] weight = ownClassWeights(bundle, catalog);
        Files.createDirectories(out);
        List<Path> pngs = new ArrayList<>();
        StringWriter html = new StringWriter();
        try (HtmlReport page = new HtmlReport(html, "Prototypes of " + model.getFileName())) {
            html.write(
                    "<p>Each prototype is a part of a real training case. For each: the case with"
                            + " the part boxed, where the prototype matches in it (heat map), and"
                            + " the part enlarged.</p>\n");
            List<String> classes = bundle.classNames();
            for (int k = 0; k < classes.size(); k++) {
                int cls = k;
                List<PrototypeRecord> of =
                        catalog.records().stream().filter(r -> r.classIndex() == cls).toList();
                String name =
                        "prototypes-" + classes.get(k).replaceAll("[^A-Za-z0-9_-]", "_") + ".png";
                Path png = out.resolve(name);
                StudyOutputs.png(PrototypeGallery.draw(classes.get(k), of, catalog, weight), png);
                pngs.add(png);
                html.write(
                        "<h2>"
                                + HtmlReport.esc(classes.get(k))
                                + " ("
                                + of.size()
                                + " prototypes)</h2>\n<img src=\""
                                + name
                                + "\" alt=\"prototypes of "
                                + HtmlReport.esc(classes.get(k))
                                + "\">\n");
            }
        }
        Path index = out.resolve("index.html");
        AtomicFiles.write(index, html.toString().getBytes(StandardCharsets.UTF_8));
        return new Outcome(pngs, index, catalog.records().size());
    }

    /** Each prototype's last-layer weight to its own class, or null when not in the weights. */
    private static double[] ownClassWeights(ModelBundle bundle, PrototypeCatalog catalog) {
        HostTensor w = bundle.weights().get("last_layer.weight");
        if (w == null) {
            return null;
        }
        int p = catalog.records().size();
        double[] out = new double[p];
        for (PrototypeRecord r : catalog.records()) {
            out[r.prototype()] = w.data()[r.classIndex() * p + r.prototype()];
        }
        return out;
    }
}
