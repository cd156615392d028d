package org.protopnet.model.data;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prepares batches of a labelled set on a background thread, one batch ahead of the network, so
 * decoding and augmentation overlap with training. Decoded images are cached up to a byte budget,
 * so small sets are decoded once.
 */
public final class BatchStream implements AutoCloseable {
    private final LabeledSet set;
    private final Preprocessor preprocessor;
    private final Map<Integer, RawImage> cache = new ConcurrentHashMap<>();
    private final AtomicLong cachedBytes = new AtomicLong();
    private final long cacheBudget;
    private final ExecutorService worker;

    /**
     * @param cacheBudget bytes of decoded images to keep in memory across epochs
     */
    public BatchStream(LabeledSet set, Preprocessor preprocessor, long cacheBudget) {
        this.set = set;
        this.preprocessor = preprocessor;
        this.cacheBudget = cacheBudget;
        this.worker =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "protopnet-batches");
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** How this stream prepares images (size and normalisation). */
    public InputSpec spec() {
        return preprocessor.spec();
    }

    /**
     * Batches over {@code order} (indices into the set, in the order to use), augmented with {@code
     * augmentation} drawn from {@code seed}.
     */
    public Iterator<Batch> batches(
            List<Integer> order, int batchSize, Augmentation augmentation, long seed) {
        int count = (order.size() + batchSize - 1) / batchSize;
        return new Iterator<>() {
            private int next = 0;
            private Future<Batch> pending = count > 0 ? submit(0) : null;

            private Future<Batch> submit(int b) {
                return worker.submit(() -> assemble(order, b, batchSize, augmentation, seed));
            }

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    Batch b = pending.get();
                    next++;
                    pending = next < count ? submit(next) : null;
                    return b;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DataException("interrupted while preparing a batch", e);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new DataException("cannot prepare a batch: " + cause, cause);
                }
            }
        };
    }

    /** Number of batches {@link #batches} yields for {@code n} images. */
    public static int batchCount(int n, int batchSize) {
        return (n + batchSize - 1) / batchSize;
    }

    private Batch assemble(List<Integer> order, int b, int batchSize, Augmentation aug, long seed) {
        int from = b * batchSize;
        int n = Math.min(batchSize, order.size() - from);
        int per = preprocessor.valuesPerImage();
        float[] images = new float[n * per];
        long[] labels = new long[n];
        int[] indices = new int[n];
        for (int k = 0; k < n; k++) {
            int i = order.get(from + k);
            indices[k] = i;
            labels[k] = set.label(i);
            RawImage raw = decoded(i);
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            preprocessor.prepare(raw, aug, random, images, k * per);
        }
        return new Batch(images, labels, indices, n, preprocessor.spec().imageSize());
    }

    private RawImage decoded(int i) {
        RawImage cached = cache.get(i);
        if (cached != null) {
            return cached;
        }
        RawImage raw = set.load(i);
        long bytes = 4L * raw.pixels().length;
        if (cachedBytes.get() + bytes <= cacheBudget) {
            cachedBytes.addAndGet(bytes);
            cache.put(i, raw);
        }
        return raw;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
