package org.protopnet.model.prune;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.DataSplits;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.train.Evaluation;
import org.protopnet.model.train.LastLayerTraining;
import org.protopnet.model.train.ProtoPNetLoss;
import org.protopnet.model.train.TrainingConfig;

/**
 * Prunes prototypes that are not class-specific, as the authors do: for each prototype the {@code
 * k} nearest training patches (one per image); when fewer than {@code tau} of them are of the
 * prototype's class it goes. Then the last layer is retrained on the remaining prototypes, and
 * accuracy is measured before and after on the test split (the validation split when there is no
 * test split). The result is a new bundle with fewer prototypes whose catalog is cut and renumbered
 * along.
 *
 * <pre>
 * PrototypePruner.Result r = PrototypePruner.prune(bundle, data, PrototypePruner.Options.paper(), m);
 * System.out.print(r.report().summary());
 * BundleWriter.write(r.bundle(), out);
 * </pre>
 */
public final class PrototypePruner {
    private PrototypePruner() {}

    /** k, tau and the last-layer retraining after pruning. */
    public record Options(int k, int tau, int lastLayerEpochs, double lastLayerLr, int batchSize) {
        /** The authors' k = 6, tau = 3, with 20 last-layer epochs at 1e-4. */
        public static Options paper() {
            return new Options(6, 3, 20, 1e-4, 64);
        }
    }

    /** The pruned bundle (the input bundle when nothing was pruned) and the report. */
    public record Result(ModelBundle bundle, PruneReport report) {}

    /** Which prototypes fail the k-nearest test on {@code data}'s training split, and why. */
    public static List<PruneReport.Pruned> impure(
            ModelBundle bundle, List<List<NearestPatches.Patch>> nearest, int tau) {
        List<PruneReport.Pruned> out = new ArrayList<>();
        int[] cls = bundle.network().prototypeClass();
        for (int j = 0; j < cls.length; j++) {
            int c = cls[j];
            List<NearestPatches.Patch> near = nearest.get(j);
            int same = (int) near.stream().filter(p -> p.label() == c).count();
            if (same < tau) {
                out.add(
                        new PruneReport.Pruned(
                                j,
                                c,
                                bundle.classNames().get(c),
                                same,
                                near.stream().map(NearestPatches.Patch::source).toList()));
            }
        }
        return out;
    }

    /** Prunes {@code bundle} with the training images of {@code data}. */
    public static Result prune(
            ModelBundle bundle, LabeledSet data, Options options, NDManager manager) {
        TrainingConfig config =
                bundle.training() != null ? bundle.training() : TrainingConfig.paperDefaults();
        DataSplits splits = DataSplits.of(data, config.validationFraction(), config.seed());
        List<Integer> eval = splits.test().isEmpty() ? splits.validation() : splits.test();
        String evalName = splits.test().isEmpty() ? "validation" : "test";
        int bs = options.batchSize();
        try (BatchStream stream =
                new BatchStream(data, new Preprocessor(bundle.input()), 1L << 30)) {
            List<PruneReport.Pruned> pruned;
            double before;
            try (ProtoPNet net = load(bundle, manager)) {
                List<List<NearestPatches.Patch>> near =
                        NearestPatches.find(
                                net, data, stream, splits.train(), options.k(), bs, manager);
                pruned = impure(bundle, near, options.tau());
                before = accuracy(net, config, stream, eval, bs, manager);
            }
            int p = bundle.network().prototypeCount();
            List<PruneReport.Pruned> spared = lastOfTheirClass(bundle, pruned);
            pruned = new ArrayList<>(pruned);
            pruned.removeAll(spared);
            if (pruned.isEmpty()) {
                return new Result(
                        bundle,
                        new PruneReport(
                                options.k(),
                                options.tau(),
                                pruned,
                                spared,
                                p,
                                p,
                                before,
                                before,
                                evalName));
            }
            boolean[] drop = new boolean[p];
            pruned.forEach(x -> drop[x.prototype()] = true);
            int[] keep = java.util.stream.IntStream.range(0, p).filter(j -> !drop[j]).toArray();
            ModelBundle cut =
                    PrototypeSubset.keep(bundle, keep, PrototypeSubset.columns(bundle, keep));
            try (ProtoPNet net = load(cut, manager)) {
                LastLayerTraining.run(
                        net,
                        data,
                        stream,
                        splits.train(),
                        config.toBuilder().batchSize(bs).build(),
                        options.lastLayerEpochs(),
                        options.lastLayerLr());
                double after = accuracy(net, config, stream, eval, bs, manager);
                ModelBundle result =
                        new ModelBundle(
                                cut.network(),
                                cut.input(),
                                cut.classNames(),
                                WeightLoader.export(net, "pruned"),
                                cut.training(),
                                cut.files());
                return new Result(
                        result,
                        new PruneReport(
                                options.k(),
                                options.tau(),
                                pruned,
                                spared,
                                p,
                                keep.length,
                                before,
                                after,
                                evalName));
            }
        }
    }

    /**
     * A class whose every prototype fails keeps its purest one (most patches of its class, then
     * lowest index): a class without prototypes could never be predicted.
     */
    static List<PruneReport.Pruned> lastOfTheirClass(
            ModelBundle bundle, List<PruneReport.Pruned> failing) {
        int[] cls = bundle.network().prototypeClass();
        List<PruneReport.Pruned> spared = new ArrayList<>();
        for (int c = 0; c < bundle.network().numClasses(); c++) {
            final int cc = c;
            long total = java.util.Arrays.stream(cls).filter(x -> x == cc).count();
            List<PruneReport.Pruned> ofClass =
                    failing.stream().filter(x -> x.classIndex() == cc).toList();
            if (!ofClass.isEmpty() && ofClass.size() == total) {
                spared.add(
                        ofClass.stream()
                                .max(
                                        java.util.Comparator.comparingInt(
                                                        PruneReport.Pruned::ofItsClass)
                                                .thenComparingInt(x -> -x.prototype()))
                                .orElseThrow());
            }
        }
        return spared;
    }

    private static ProtoPNet load(ModelBundle bundle, NDManager manager) {
        ProtoPNet net = ProtoPNet.create(bundle.network(), manager.newSubManager(), 0);
        WeightLoader.loadAll(net, bundle.weights());
        return net;
    }

    private static double accuracy(
            ProtoPNet net,
            TrainingConfig config,
            BatchStream stream,
            List<Integer> eval,
            int bs,
            NDManager manager) {
        return Evaluation.of(net, new ProtoPNetLoss(net, config.loss()), stream, eval, bs, manager)
                .accuracy();
    }
}
