package org.protopnet.model.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.protopnet.model.explain.Box;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;

/** Receptive fields from each backbone's layer list agree with the standard arithmetic. */
class ReceptiveFieldTest {

    @ParameterizedTest
    @CsvSource({"VGG19, 268", "RESNET34, 899", "DENSENET121, 2071"})
    void nominalFieldAt224MatchesTheStandardArithmeticAndIsClippedToTheImage(
            Architecture arch, int nominal) {
        NetworkSpec spec =
                NetworkSpec.evenlySplit(
                        arch, 224, 2, 2, 8, AddOnType.BOTTLENECK, SimilarityFunction.LOG);
        try (NDManager m = NDManager.newBaseManager();
                ProtoPNet net = ProtoPNet.create(spec, m, 0)) {
            ReceptiveField rf = ReceptiveField.of(net.geometry(), 224);
            assertEquals(nominal, rf.nominal());
            assertEquals(7, rf.size());
            assertEquals(32, rf.jump());
            assertEquals(new Box(0, 0, 224, 224), rf.box(3, 3));
            Box corner = rf.box(0, 6);
            assertEquals(0, corner.y0());
            assertEquals(224, corner.x1());
            assertEquals(Math.max(0, (int) (rf.start() + 6 * 32 - nominal / 2.0)), corner.x0());
        }
    }

    @org.junit.jupiter.api.Test
    void smallStackOfConvolutionsGivesTheHandComputedBoxes() {
        int size = 64;
        // conv 3x3 s1 p1, pool 2x2 s2, conv 3x3 s1 p1, pool 2x2 s2: r = 1+2+1+4+2 = 10, jump 4
        ReceptiveField rf =
                ReceptiveField.of(
                        java.util.List.of(
                                new org.protopnet.model.nn.ConvGeometry(3, 1, 1),
                                new org.protopnet.model.nn.ConvGeometry(2, 2, 0),
                                new org.protopnet.model.nn.ConvGeometry(3, 1, 1),
                                new org.protopnet.model.nn.ConvGeometry(2, 2, 0)),
                        size);
        assertEquals(10, rf.nominal());
        assertEquals(16, rf.size());
        assertEquals(4, rf.jump());
        // centre of cell k: 0.5 + 0.5 + 1 + ... = start 2.0 + 4k; box [centre - 5, centre + 5)
        assertEquals(2.0, rf.start());
        assertEquals(
                new Box(4 * 4 + 2 - 5, 3 * 4 + 2 - 5, 4 * 4 + 2 + 5, 3 * 4 + 2 + 5), rf.box(3, 4));
        assertEquals(new Box(0, 0, 7, 7), rf.box(0, 0));
        assertEquals(new Box(57, 57, 64, 64), rf.box(15, 15));
    }
}
