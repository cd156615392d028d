package org.protopnet.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.protopnet.model.TinyModels;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;

/** The flip-augmented cache holds exactly the two images the flip augmentation can produce. */
class CachedDistancesTest {
    private static final Augmentation FLIP_ONLY = new Augmentation(0, 0, 0, 0, true);

    @ParameterizedTest(name = "images of 32 px prepared at {0} px")
    @ValueSource(ints = {32, 24})
    void flipAugmentationDrawsTheImageOrExactlyItsMirror(int modelSize) {
        PlantedPartSet data = new PlantedPartSet(40, 32, 5);
        Preprocessor prep = new Preprocessor(TinyModels.greyInput(modelSize));
        int values = prep.valuesPerImage();
        SplittableRandom random = new SplittableRandom(11);
        int flipped = 0;
        for (int i = 0; i < data.size(); i++) {
            float[] plain = new float[values];
            prep.prepare(data.load(i), plain, 0);
            float[] mirror =
                    CachedDistances.mirror(new Batch(plain, new long[1], new int[1], 1, modelSize));
            float[] drawn = new float[values];
            prep.prepare(data.load(i), FLIP_ONLY, random, drawn, 0);
            if (Arrays.equals(drawn, plain)) {
                continue;
            }
            assertArrayEquals(mirror, drawn, 1e-5f, "image " + i + ": neither itself nor mirrored");
            flipped++;
        }
        assertTrue(flipped > 5 && flipped < data.size() - 5, "about half flipped: " + flipped);
    }
}
