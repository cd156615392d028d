package org.protopnet.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.PhotometricInterpretation;
import org.protopnet.dicom.pixel.StoredPixels;
import org.protopnet.dicom.testing.Corpus;
import org.protopnet.dicom.testing.Npy;

/**
 * Every shared corpus file: {@code expect: decode} files decode to their reference exactly (within
 * the manifest's tolerance), {@code expect: reject} files are refused with a DicomException.
 */
class CorpusDecodeTest {

    @TestFactory
    List<DynamicTest> everyCorpusFileDecodesOrIsRefusedAsTheManifestSays() throws Exception {
        Path root = Corpus.rootOrNull();
        if (root == null) {
            // Reported as one skipped test carrying the reason, rather than silently nothing.
            return List.of(DynamicTest.dynamicTest("shared corpus missing", Corpus::root));
        }
        JsonObject files = Corpus.manifest(root);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, com.google.gson.JsonElement> en : files.entrySet()) {
            JsonObject e = en.getValue().getAsJsonObject();
            Path file = root.resolve("files").resolve(en.getKey());
            tests.add(DynamicTest.dynamicTest(en.getKey(), () -> check(root, file, e)));
        }
        return tests;
    }

    private static void check(Path root, Path file, JsonObject e) throws Exception {
        String expect = e.get("expect").getAsString();
        boolean lenient = e.has("lenient") && e.get("lenient").getAsBoolean();
        if (expect.equals("reject")) {
            DicomException ex =
                    assertThrows(DicomException.class, () -> DicomFile.read(file).decode());
            assertTrue(
                    ex.getMessage().contains(file.getFileName().toString()),
                    "message names the file: " + ex.getMessage());
            return;
        }
        DecodedImage image;
        try {
            image = DicomFile.read(file).decode();
        } catch (DicomException ex) {
            if (lenient) {
                return;
            }
            throw ex;
        }
        Npy ref = Npy.read(root.resolve(e.get("ref_stored").getAsString()));
        StoredPixels got = image.stored();
        assertArrayEquals(ref.shape(), got.shape(), "shape");
        assertEquals(ref.descr().substring(1), got.dtype().numpy().substring(1), "dtype");
        double tol =
                e.has("tolerance") && !e.get("tolerance").isJsonNull()
                        ? e.get("tolerance").getAsDouble()
                        : 0;
        double diff = maxDiff(ref.values(), got, false);
        PhotometricInterpretation pi = image.description().photometric();
        if (diff > tol
                && pi == PhotometricInterpretation.RGB
                && image.declared().photometric().isYbr()) {
            diff = maxDiff(ref.values(), got, true);
            tol += 2;
        }
        if (diff > tol) {
            fail("max |diff| " + diff + " > tolerance " + tol);
        }
    }

    private static double maxDiff(double[] ref, StoredPixels got, boolean refToRgb) {
        double[] r = refToRgb ? ybrToRgb(ref) : ref;
        double max = 0;
        for (int i = 0; i < r.length; i++) {
            max = Math.max(max, Math.abs(r[i] - got.get(i)));
        }
        return max;
    }

    private static double[] ybrToRgb(double[] ycc) {
        double[] out = new double[ycc.length];
        for (int i = 0; i + 2 < ycc.length; i += 3) {
            double y = ycc[i];
            double cb = ycc[i + 1] - 128;
            double cr = ycc[i + 2] - 128;
            double[] rgb = {
                y + 1.402 * cr,
                y - 0.114 * 1.772 / 0.587 * cb - 0.299 * 1.402 / 0.587 * cr,
                y + 1.772 * cb
            };
            for (int c = 0; c < 3; c++) {
                out[i + c] = Math.max(0, Math.min(255, Math.floor(rgb[c] + 0.5)));
            }
        }
        return out;
    }
}
