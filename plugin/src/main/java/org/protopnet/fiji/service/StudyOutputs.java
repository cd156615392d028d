package org.protopnet.fiji.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.protopnet.fiji.render.EvidenceOverlays;
import org.protopnet.fiji.render.LooksLikePanel;
import org.protopnet.fiji.render.Pictures;
import org.protopnet.model.data.RawImage;
import org.protopnet.model.io.AtomicFiles;
import org.protopnet.model.push.PrototypeCatalog;

/**
 * Writes one study's pictures: the evidence overlay of its key frame ({@code overlays/ID.png}), its
 * "this looks like that" sheet ({@code looks-like/ID.png}) and, for a DICOM source, the overlay as
 * a Secondary Capture ({@code dicom/ID.dcm}). Every file is written atomically.
 */
final class StudyOutputs {
    private final Path out;
    private final Set<OutputFormat> formats;
    private final boolean phi;
    private final PrototypeCatalog catalog;

    StudyOutputs(Path out, Set<OutputFormat> formats, boolean phi, PrototypeCatalog catalog) {
        this.out = out;
        this.formats = formats;
        this.phi = phi;
        this.catalog = catalog;
    }

    /**
     * Writes the pictures of {@code r} (frames are its decoded images) and returns what was
     * written, by kind, relative to the output folder.
     */
    Map<String, String> write(StudySources.Source src, StudyResult r, List<RawImage> frames)
            throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (frames.isEmpty()
                || !(formats.contains(OutputFormat.PNG)
                        || formats.contains(OutputFormat.HTML)
                        || formats.contains(OutputFormat.DICOM))) {
            return files;
        }
        FrameResult key = r.keyFrame();
        BufferedImage image = Pictures.of(frames.get(key.frame()));
        BufferedImage overlay = EvidenceOverlays.draw(image, key);
        if (formats.contains(OutputFormat.PNG) || formats.contains(OutputFormat.HTML)) {
            String o = "overlays/" + src.id() + ".png";
            png(overlay, out.resolve(o));
            files.put("overlay", o);
            String l = "looks-like/" + src.id() + ".png";
            png(LooksLikePanel.render(image, key, catalog), out.resolve(l));
            files.put("looks_like", l);
        }
        if (formats.contains(OutputFormat.DICOM) && src.kind() == InputFile.Kind.DICOM) {
            String d = "dicom/" + stem(src.id()) + "-protopnet.dcm";
            DerivedCaptures.write(src.file(), overlay, out.resolve(d), phi);
            files.put("dicom", d);
        }
        return files;
    }

    static void png(BufferedImage image, Path file) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(image, "png", b);
        AtomicFiles.write(file, b.toByteArray());
    }

    private static String stem(String id) {
        int slash = id.lastIndexOf('/');
        int dot = id.lastIndexOf('.');
        return dot > slash ? id.substring(0, dot) : id;
    }
}
