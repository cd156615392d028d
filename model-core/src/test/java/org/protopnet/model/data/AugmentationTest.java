package org.protopnet.model.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AugmentationTest {

    @ParameterizedTest(name = "rotation {0} degrees")
    @ValueSource(doubles = {0, 5})
    void onlyFlipOnlyAugmentationCountsAsFlipsOnly(double rotation) {
        assertTrue(new Augmentation(rotation, 0, 0, 0, true).isFlipsOnly() == (rotation == 0));
    }
}
