package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

/** Spot checks of torchvision's names and shapes, which ImageNet weights depend on. */
class BackboneLayoutTest {

    private static ProtoPNet net(Architecture a) {
        return ProtoPNet.create(
                NetworkSpec.evenlySplit(
                        a, 64, 2, 2, 16, AddOnType.BOTTLENECK, SimilarityFunction.LOG),
                NDManager.newBaseManager(),
                0);
    }

    private static long count(ProtoPNet n) {
        return n.parameters().all().stream()
                .filter(p -> !p.isBuffer() && p.name().startsWith("features."))
                .mapToLong(p -> p.array().size())
                .sum();
    }

    @Test
    void resnet50HasTorchvisionsBottleneckLayoutAndParameterCount() {
        try (ProtoPNet n = net(Architecture.RESNET50)) {
            assertArrayEquals(
                    new long[] {1024, 512, 1, 1},
                    n.parameters().get("features.layer3.0.downsample.0.weight").shape());
            assertArrayEquals(
                    new long[] {256, 256, 3, 3},
                    n.parameters().get("features.layer3.5.conv2.weight").shape());
            assertEquals(23_508_032L, count(n), "torchvision resnet50 without fc");
        }
    }

    @Test
    void vgg19BnAndDensenet121MatchTorchvisionParameterCounts() {
        try (ProtoPNet v = net(Architecture.VGG19_BN);
                ProtoPNet d = net(Architecture.DENSENET121)) {
            assertArrayEquals(
                    new long[] {512},
                    v.parameters().get("features.features.50.running_var").shape());
            assertEquals(20_035_392L, count(v), "torchvision vgg19_bn features");
            assertArrayEquals(
                    new long[] {32, 128, 3, 3},
                    d.parameters()
                            .get("features.features.denseblock4.denselayer16.conv2.weight")
                            .shape());
            assertEquals(6_953_856L, count(d), "torchvision densenet121 features");
        }
    }

    @Test
    void resnet34LatentGridIsOneThirtySecondOfTheInput() {
        try (ProtoPNet n = net(Architecture.RESNET34);
                NDManager m = NDManager.newBaseManager()) {
            var z = n.latent(m.zeros(new ai.djl.ndarray.types.Shape(1, 3, 64, 64)), false);
            assertArrayEquals(new long[] {1, 16, 2, 2}, z.getShape().getShape());
        }
    }
}
