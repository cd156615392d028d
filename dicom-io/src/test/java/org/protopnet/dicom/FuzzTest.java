package org.protopnet.dicom;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.protopnet.dicom.parse.DicomReader;
import org.protopnet.dicom.parse.ReadOptions;
import org.protopnet.dicom.testing.Corpus;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.dicom.write.SecondaryCaptureBuilder;

/**
 * Seeded mutation fuzzing over the corpus (and files written here): every mutant is either read and
 * decoded or refused with a {@link DicomException}; nothing else is thrown, nothing hangs and
 * nothing runs out of memory. A failure names the seed that reproduces it.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20240611L);
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 3000);
    private static final long PER_MUTANT_SECONDS = 10;
    private static final ReadOptions OPTIONS =
            ReadOptions.DEFAULT.withMaxPixelBytes(64L << 20).withMaxFileBytes(64L << 20);

    @Test
    void mutantsOnlyEverFailWithDicomExceptions() throws Exception {
        List<byte[]> seeds = seeds();
        Random rnd = new Random(SEED);
        ExecutorService worker =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "fuzz");
                            t.setDaemon(true);
                            return t;
                        });
        int decoded = 0;
        int refused = 0;
        try {
            for (int i = 0; i < MUTANTS; i++) {
                int which = rnd.nextInt(seeds.size());
                long mutantSeed = rnd.nextLong();
                byte[] mutant = mutate(seeds.get(which), new Random(mutantSeed));
                Future<Boolean> run =
                        worker.submit(
                                () -> {
                                    DicomFile f =
                                            DicomReader.read(
                                                    mutant, Path.of("mutant.dcm"), OPTIONS);
                                    f.decode(OPTIONS);
                                    return true;
                                });
                String id =
                        "mutant "
                                + i
                                + " of seed file "
                                + which
                                + " (mutation seed "
                                + mutantSeed
                                + ")";
                try {
                    run.get(PER_MUTANT_SECONDS, TimeUnit.SECONDS);
                    decoded++;
                } catch (TimeoutException e) {
                    run.cancel(true);
                    fail(id + " did not finish in " + PER_MUTANT_SECONDS + " s");
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (!(cause instanceof DicomException)) {
                        throw new AssertionError(id + " threw " + cause, cause);
                    }
                    refused++;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        assertTrue(decoded > 0 && refused > 0, decoded + " decoded, " + refused + " refused");
    }

    /** Mutations: byte flips, interesting lengths, truncation, deletion, duplication. */
    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            int hot = Math.min(b.length, 4096);
            int pos = r.nextInt(4) == 0 ? r.nextInt(b.length) : r.nextInt(hot);
            switch (r.nextInt(6)) {
                case 0 -> b[pos] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[pos] = (byte) r.nextInt(256);
                case 2 -> {
                    int[] values = {0, 0xFFFFFFFF, 0x7FFFFFFF, 0xFFFFFFFE, 1, 0x10000, 0xFFFF};
                    int v = values[r.nextInt(values.length)];
                    for (int j = 0; j < 4 && pos + j < b.length; j++) {
                        b[pos + j] = (byte) (v >>> (8 * j));
                    }
                }
                case 3 -> b = java.util.Arrays.copyOf(b, Math.max(1, pos));
                case 4 -> {
                    int len = Math.min(b.length - pos, 1 + r.nextInt(64));
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.write(b, 0, pos);
                    o.write(b, pos + len, b.length - pos - len);
                    b = o.toByteArray();
                }
                default -> {
                    int len = Math.min(b.length - pos, 1 + r.nextInt(64));
                    ByteArrayOutputStream o = new ByteArrayOutputStream();
                    o.write(b, 0, pos + len);
                    o.write(b, pos, b.length - pos);
                    b = o.toByteArray();
                }
            }
            if (b.length < 2) {
                break;
            }
        }
        return b;
    }

    /** Corpus files up to 600 kB (bigger ones cost decode time, not coverage) and our own. */
    private static List<byte[]> seeds() throws Exception {
        List<byte[]> out = new ArrayList<>();
        Path root = Corpus.rootOrNull();
        if (root != null) {
            try (Stream<Path> s = Files.list(root.resolve("files"))) {
                for (Path p : s.sorted().toList()) {
                    if (Files.size(p) <= 600_000) {
                        out.add(Files.readAllBytes(p));
                    }
                }
            }
        }
        short[] px = new short[32 * 32];
        for (int i = 0; i < px.length; i++) {
            px[i] = (short) (i * 3);
        }
        var cr =
                ImageBuilder.create(ImageBuilder.CR, "CR")
                        .monochrome(32, 32, 1, 12, true, px)
                        .build();
        for (TransferSyntax ts :
                List.of(
                        TransferSyntax.IMPLICIT_VR_LE,
                        TransferSyntax.EXPLICIT_VR_BE,
                        TransferSyntax.DEFLATED_EXPLICIT_VR_LE)) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            DicomWriter.write(
                    o,
                    ts == TransferSyntax.EXPLICIT_VR_BE
                            ? SecondaryCaptureBuilder.from(cr).build(8, 8, new byte[192])
                            : cr,
                    ts);
            out.add(o.toByteArray());
        }
        return out;
    }
}
