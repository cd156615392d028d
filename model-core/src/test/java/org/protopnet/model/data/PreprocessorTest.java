package org.protopnet.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.protopnet.model.SharedData;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.Npy;

class PreprocessorTest {

    @Test
    void preprocessingReproducesTheAuthorsInputTensorFromTheRawFashionMnistImages()
            throws Exception {
        Path fixture = SharedData.require("fixtures/protopnet-ref-s");
        Path fmnist = Path.of("/usr/share/datasets/fashion-mnist");
        org.junit.jupiter.api.Assertions.assertTrue(
                Files.isDirectory(fmnist),
                "Fashion-MNIST missing: apt-get install dataset-fashion-mnist");
        HostTensor expected =
                Npy.read(Files.readAllBytes(fixture.resolve("input.npy")), "input.npy");
        IdxSet set = IdxSet.fashionMnist(fmnist, 8);
        Preprocessor pre = new Preprocessor(InputSpec.imageNet(64));
        float[] got = new float[8 * pre.valuesPerImage()];
        var test = set.indicesOf(Split.TEST);
        for (int n = 0; n < 8; n++) {
            pre.prepare(set.load(test.get(n)), got, n * pre.valuesPerImage());
        }
        double worst = 0;
        for (int i = 0; i < got.length; i++) {
            worst = Math.max(worst, Math.abs(got[i] - expected.data()[i]));
        }
        assertEquals(0, worst, 1e-5, "max |difference| to the authors' input tensor");
    }

    @Test
    void greyIsReplicatedToThreeChannelsAndNormalisedPerChannel() {
        RawImage grey = new RawImage(2, 2, 1, new float[] {0, 0.5f, 1, 0.25f});
        Preprocessor pre =
                new Preprocessor(
                        new InputSpec(2, new float[] {0, 0.5f, 1}, new float[] {1, 0.5f, 2}));
        float[] out = new float[pre.valuesPerImage()];
        pre.prepare(grey, out, 0);
        assertEquals(0.5f, out[1], 1e-6);
        assertEquals(0f, out[4 + 1], 1e-6);
        assertEquals(-0.25f, out[8 + 1], 1e-6);
    }

    @Test
    void augmentationOffLeavesTheImageAsPlainResizeAndOnChangesIt() {
        PlantedPartSet set = new PlantedPartSet(3, 48, 1);
        Preprocessor pre = new Preprocessor(InputSpec.imageNet(48));
        float[] plain = new float[pre.valuesPerImage()];
        float[] none = new float[pre.valuesPerImage()];
        float[] aug = new float[pre.valuesPerImage()];
        pre.prepare(set.load(1), plain, 0);
        pre.prepare(set.load(1), Augmentation.NONE, new java.util.SplittableRandom(1), none, 0);
        pre.prepare(set.load(1), Augmentation.DEFAULT, new java.util.SplittableRandom(1), aug, 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain, none);
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(plain, aug));
    }
}
