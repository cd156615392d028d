package org.protopnet.model.push;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.protopnet.model.bundle.BundleException;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.Npy;

/**
 * All prototypes' records plus their pictures, as stored in a bundle under {@code prototypes/}:
 * {@code prototypes.json} (the records, in prototype order) and per prototype {@code
 * p0007/source.png} (the source case as the model saw it, de-normalised; no patient identifiers),
 * {@code patch.png} (its 95th-percentile box), {@code overlay.png} (JET heat map over the source)
 * and {@code activation.npy} (float32 self-activation, latent h x w).
 *
 * <pre>
 * PrototypeCatalog.from(bundle).ifPresent(c -&gt; show(c.patch(7), c.get(7).className()));
 * </pre>
 */
public final class PrototypeCatalog {
    /** The folder every catalog entry lives in. */
    public static final String FOLDER = "prototypes/";

    public static final String RECORDS = FOLDER + "prototypes.json";

    /** The pictures and map of one prototype, to build a catalog from. */
    public record Pictures(
            BufferedImage source,
            BufferedImage patch,
            BufferedImage overlay,
            HostTensor activation) {}

    private final List<PrototypeRecord> records;
    private final Map<String, byte[]> files;

    private PrototypeCatalog(List<PrototypeRecord> records, Map<String, byte[]> files) {
        this.records = List.copyOf(records);
        this.files = files;
    }

    /** A catalog of {@code records}, {@code pictures.get(j)} belonging to prototype j. */
    public static PrototypeCatalog of(List<PrototypeRecord> records, List<Pictures> pictures) {
        if (records.size() != pictures.size()) {
            throw new IllegalArgumentException(
                    records.size() + " records for " + pictures.size() + " pictures");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(RECORDS, CatalogJson.write(records));
        for (int j = 0; j < records.size(); j++) {
            Pictures p = pictures.get(j);
            files.put(entry(j, "source.png"), png(p.source()));
            files.put(entry(j, "patch.png"), png(p.patch()));
            files.put(entry(j, "overlay.png"), png(p.overlay()));
            files.put(entry(j, "activation.npy"), npy(p.activation()));
        }
        return new PrototypeCatalog(records, files);
    }

    /** The catalog stored in {@code b}, empty when it has none (imported or untrained models). */
    public static Optional<PrototypeCatalog> from(ModelBundle b) {
        byte[] json = b.files().get(RECORDS);
        if (json == null) {
            return Optional.empty();
        }
        List<PrototypeRecord> records = CatalogJson.read(json, RECORDS);
        int p = b.network().prototypeCount();
        if (records.size() != p) {
            throw new BundleException(
                    RECORDS + ": " + records.size() + " records for " + p + " prototypes");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(RECORDS, json);
        for (int j = 0; j < p; j++) {
            for (String name :
                    List.of("source.png", "patch.png", "overlay.png", "activation.npy")) {
                byte[] bytes = b.files().get(entry(j, name));
                if (bytes == null) {
                    throw new BundleException("bundle lacks " + entry(j, name));
                }
                files.put(entry(j, name), bytes);
            }
        }
        return Optional.of(new PrototypeCatalog(records, files));
    }

    /**
     * The entry name of prototype {@code j}'s file {@code name}, e.g. {@code
     * prototypes/p0007/patch.png}.
     */
    public static String entry(int j, String name) {
        return String.format("%sp%04d/%s", FOLDER, j, name);
    }

    public List<PrototypeRecord> records() {
        return records;
    }

    public PrototypeRecord get(int prototype) {
        return records.get(prototype);
    }

    public int size() {
        return records.size();
    }

    /** The source case as the model saw it (model input, de-normalised), no patient identifiers. */
    public BufferedImage source(int prototype) {
        return image(entry(prototype, "source.png"));
    }

    /** The source cropped to the prototype's 95th-percentile activation box. */
    public BufferedImage patch(int prototype) {
        return image(entry(prototype, "patch.png"));
    }

    /** The JET heat map of the self-activation blended over the source (0.5 image + 0.3 heat). */
    public BufferedImage overlay(int prototype) {
        return image(entry(prototype, "overlay.png"));
    }

    /** The self-activation (similarity) over the latent grid, shape (h, w). */
    public HostTensor activation(int prototype) {
        String name = entry(prototype, "activation.npy");
        return Npy.read(bytes(name), name);
    }

    /** Every entry of this catalog by bundle path. */
    public Map<String, byte[]> entries() {
        return new LinkedHashMap<>(files);
    }

    /** {@code bundle} with any old catalog removed and this one stored. */
    public ModelBundle addTo(ModelBundle bundle) {
        Map<String, byte[]> f = new LinkedHashMap<>();
        bundle.files()
                .forEach(
                        (k, v) -> {
                            if (!k.startsWith(FOLDER)) {
                                f.put(k, v);
                            }
                        });
        f.putAll(files);
        return new ModelBundle(
                bundle.network(),
                bundle.input(),
                bundle.classNames(),
                bundle.weights(),
                bundle.training(),
                f);
    }

    /**
     * The catalog of the prototypes in {@code keep} (old indices, in their new order), renumbered
     * 0..keep.length-1 with their pictures moved along: what pruning stores.
     */
    public PrototypeCatalog select(int[] keep) {
        List<PrototypeRecord> r = new ArrayList<>();
        Map<String, byte[]> f = new LinkedHashMap<>();
        for (int n = 0; n < keep.length; n++) {
            r.add(records.get(keep[n]).renumbered(n));
            for (String name :
                    List.of("source.png", "patch.png", "overlay.png", "activation.npy")) {
                f.put(entry(n, name), bytes(entry(keep[n], name)));
            }
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(RECORDS, CatalogJson.write(r));
        all.putAll(f);
        return new PrototypeCatalog(r, all);
    }

    private byte[] bytes(String name) {
        byte[] b = files.get(name);
        if (b == null) {
            throw new BundleException("prototype catalog lacks " + name);
        }
        return b;
    }

    private BufferedImage image(String name) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes(name)));
            if (img == null) {
                throw new BundleException(name + ": not a PNG image");
            }
            return img;
        } catch (IOException e) {
            throw new BundleException(name + ": cannot decode: " + e.getMessage(), e);
        }
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] npy(HostTensor t) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Npy.write(t, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
