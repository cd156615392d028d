package org.protopnet.model.bench;

import java.util.Locale;
import org.protopnet.model.ModelException;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.SimilarityFunction;

/**
 * The reference configurations the authors' code was measured at: S (ResNet-18, 64 px, 10 classes x
 * 10 prototypes x 64, batch 64) and P (ResNet-34, 224 px, 200 classes x 10 x 128, batch 16), both
 * with bottleneck add-on layers and log similarity.
 */
public record BenchConfig(String name, NetworkSpec network, int batchSize) {

    public static BenchConfig of(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "S" ->
                    new BenchConfig(
                            "S",
                            NetworkSpec.evenlySplit(
                                    Architecture.RESNET18,
                                    64,
                                    10,
                                    100,
                                    64,
                                    AddOnType.BOTTLENECK,
                                    SimilarityFunction.LOG),
                            64);
            case "P" ->
                    new BenchConfig(
                            "P",
                            NetworkSpec.evenlySplit(
                                    Architecture.RESNET34,
                                    224,
                                    200,
                                    2000,
                                    128,
                                    AddOnType.BOTTLENECK,
                                    SimilarityFunction.LOG),
                            16);
            default ->
                    throw new ModelException(
                            "unknown benchmark configuration '" + name + "' (S or P)");
        };
    }
}
