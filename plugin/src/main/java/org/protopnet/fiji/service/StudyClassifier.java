package org.protopnet.fiji.service;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.protopnet.model.ModelException;
import org.protopnet.model.data.RawImage;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.Npy;

/**
 * Classifies one study with one model session: decodes its frames (or reads its preprocessed
 * tensor), explains them, writes its pictures and returns its record. Confined to one thread.
 */
final class StudyClassifier {
    private final ModelSession session;
    private final BatchRequest req;
    private final StudyOutputs outputs;

    StudyClassifier(ModelSession session, BatchRequest req) {
        this.session = session;
        this.req = req;
        this.outputs =
                new StudyOutputs(
                        req.out(), req.formats(), req.phi(), session.catalog().orElse(null));
    }

    JsonObject classify(StudySources.Source src) throws IOException {
        String source = src.file().toString();
        List<FrameResult> frames;
        List<RawImage> images;
        StudyInfo info;
        if (src.kind() == InputFile.Kind.TENSOR) {
            frames = tensor(src.file());
            images = List.of();
            info = StudyInfo.NONE;
        } else {
            images = InputFile.frames(src.file());
            info = StudyInfo.of(src.file(), src.kind());
            frames = session.explainAll(images, source, req.topK());
        }
        StudyResult r = StudyResult.of(source, frames, session.classNames());
        Map<String, String> files = outputs.write(src, r, images);
        return StudyRecord.of(src.id(), r, info, req.phi(), files);
    }

    private List<FrameResult> tensor(Path file) throws IOException {
        HostTensor t = Npy.read(Files.readAllBytes(file), file.toString());
        long[] s = t.shape();
        int size = session.imageSize();
        if ((s.length != 4 && s.length != 3)
                || s[s.length - 3] != 3
                || s[s.length - 2] != size
                || s[s.length - 1] != size) {
            throw new ModelException(
                    file
                            + ": tensor shape "
                            + t.shapeText()
                            + " does not fit this model, which takes (N, 3, "
                            + size
                            + ", "
                            + size
                            + ") preprocessed tensors");
        }
        int n = s.length == 4 ? (int) s[0] : 1;
        return session.explainPreprocessed(t.data(), n, file.toString(), req.topK());
    }
}
