package org.protopnet.model.explain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.push.PrototypeCatalog;

/**
 * Explains predictions of a loaded model: for each image the predicted class and probabilities, a
 * score sheet per class (logit = sum of similarity x weight) and the top prototypes' evidence with
 * their activation maps, boxes and source cases. Inference only: it turns autograd off on the
 * calling thread, so any thread may call it (one call at a time per model).
 *
 * <pre>
 * Explainer ex = new Explainer(BundleReader.load(path, manager));
 * Explanation e = ex.explain(batch, 3).get(0);
 * </pre>
 */
public final class Explainer {
    /** The percentile whose box marks where a prototype was found. */
    public static final double BOX_PERCENTILE = 95;

    private final ProtoPNet net;
    private final List<String> classNames;
    private final Optional<PrototypeCatalog> catalog;

    public Explainer(BundleReader.LoadedModel model) {
        this.net = model.network();
        this.classNames = model.bundle().classNames();
        this.catalog = PrototypeCatalog.from(model.bundle());
    }

    /** The bundle's prototype catalog, empty for models without one (e.g. imported). */
    public Optional<PrototypeCatalog> catalog() {
        return catalog;
    }

    /**
     * Explains every image of {@code batch} (N, 3, S, S), already preprocessed; evidence holds the
     * {@code topK} prototypes with the largest contribution to the predicted class.
     */
    public List<Explanation> explain(NDArray batch, int topK) {
        long[] in = batch.getShape().getShape();
        int size = (int) in[2];
        int n = (int) in[0];
        int p = net.spec().prototypeCount();
        int c = net.spec().numClasses();
        float[] dist;
        float[] min;
        float[] sim;
        float[] logits;
        float[] weights;
        int hh;
        int ww;
        try (GradMode.Restore g = GradMode.off();
                NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            ForwardResult out = net.forward(batch, false);
            long[] shape = out.distances().getShape().getShape();
            hh = (int) shape[2];
            ww = (int) shape[3];
            dist = out.distances().toFloatArray();
            min = out.minDistances().toFloatArray();
            sim = out.similarities().toFloatArray();
            logits = out.logits().toFloatArray();
            weights = net.lastLayer().weight().array().toFloatArray();
        }
        List<Explanation> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] s = new double[p];
            double[] d = new double[p];
            for (int j = 0; j < p; j++) {
                s[j] = sim[i * p + j];
                d[j] = min[i * p + j];
            }
            double[] l = new double[c];
            List<ScoreSheet> sheets = new ArrayList<>(c);
            for (int k = 0; k < c; k++) {
                l[k] = logits[i * c + k];
                double[] w = new double[p];
                double[] contrib = new double[p];
                for (int j = 0; j < p; j++) {
                    w[j] = weights[k * p + j];
                    contrib[j] = s[j] * w[j];
                }
                sheets.add(new ScoreSheet(k, classNames.get(k), l[k], s.clone(), w, contrib));
            }
            int predicted = argMax(l);
            ScoreSheet sheet = sheets.get(predicted);
            int[] order =
                    IntStream.range(0, p)
                            .boxed()
                            .sorted(
                                    Comparator.comparingDouble(
                                                    (Integer j) -> sheet.contributions()[j])
                                            .reversed())
                            .mapToInt(Integer::intValue)
                            .limit(Math.max(0, Math.min(topK, p)))
                            .toArray();
            List<Evidence> evidence = new ArrayList<>(order.length);
            for (int r = 0; r < order.length; r++) {
                int j = order[r];
                ActivationMap map = activation(dist, i, j, p, hh, ww, size);
                int pc = net.spec().prototypeClass()[j];
                evidence.add(
                        new Evidence(
                                r,
                                j,
                                pc,
                                classNames.get(pc),
                                s[j],
                                sheet.weights()[j],
                                sheet.contributions()[j],
                                map,
                                map.percentileBox(BOX_PERCENTILE),
                                catalog.map(cat -> cat.get(j)).orElse(null)));
            }
            result.add(
                    new Explanation(
                            predicted,
                            classNames.get(predicted),
                            l,
                            softmax(l),
                            d,
                            sheets,
                            evidence));
        }
        return result;
    }

    private ActivationMap activation(float[] dist, int i, int j, int p, int hh, int ww, int size) {
        SimilarityFunction f = net.spec().activation();
        float eps = net.spec().epsilon();
        int plane = hh * ww;
        float[] s = new float[plane];
        int base = (i * p + j) * plane;
        for (int k = 0; k < plane; k++) {
            s[k] = (float) f.apply(dist[base + k], eps);
        }
        return ActivationMap.upsampled(s, hh, ww, size);
    }

    private static int argMax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }

    static double[] softmax(double[] l) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : l) {
            m = Math.max(m, v);
        }
        double sum = 0;
        double[] out = new double[l.length];
        for (int k = 0; k < l.length; k++) {
            out[k] = Math.exp(l[k] - m);
            sum += out[k];
        }
        for (int k = 0; k < l.length; k++) {
            out[k] /= sum;
        }
        return out;
    }
}
