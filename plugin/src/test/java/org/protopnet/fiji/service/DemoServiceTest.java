package org.protopnet.fiji.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.train.TrainingListener;

/**
 * The README's main command, run for real on the committed sample set: both modalities must be
 * learnt from their lesions, not merely trained. About two and a half minutes on two cores.
 */
class DemoServiceTest {

    @Test
    void theDemoLearnsBothModalitiesAndPointsAtTheLesions(@TempDir Path out) throws Exception {
        DicomImages.register();
        DemoService.Outcome o =
                new DemoService()
                        .run(
                                Path.of("../sample-data/set"),
                                out,
                                new TrainingListener() {},
                                () -> false);

        assertEquals(DemoService.MODALITIES.size(), o.modalities().size());
        for (DemoService.ModalityOutcome m : o.modalities()) {
            String what =
                    m.modality()
                            + ": accuracy "
                            + m.accuracy()
                            + ", pointing game "
                            + m.pointing().hits()
                            + "/"
                            + m.pointing().cases();
            assertTrue(m.accuracy() >= 0.9, what);
            assertTrue(m.pointing().cases() >= 20, what);
            assertTrue(m.pointing().score() >= 0.9, what);
            assertTrue(Files.size(m.report()) > 0, m.report().toString());
            assertTrue(Files.size(m.results()) > 0, m.results().toString());
            assertTrue(Files.isRegularFile(m.gallery()), m.gallery().toString());
            try (Stream<Path> sc = Files.list(out.resolve(m.modality()).resolve("dicom"))) {
                assertEquals(m.testStudies(), sc.count(), "one Secondary Capture per test study");
            }
        }
        JsonObject summary =
                JsonParser.parseString(Files.readString(o.summary(), StandardCharsets.UTF_8))
                        .getAsJsonObject();
        assertEquals(o.accuracy(), summary.get("accuracy").getAsDouble(), 1e-12);
        assertEquals(o.pointingGame(), summary.get("pointing_game").getAsDouble(), 1e-12);
    }
}
