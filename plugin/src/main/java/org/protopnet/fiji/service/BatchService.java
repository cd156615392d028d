package org.protopnet.fiji.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.protopnet.model.io.AtomicFiles;

/**
 * Classifies every study under a set of files and folders and writes the results: the headless
 * batch a lab runs overnight, and {@code classify}.
 *
 * <ul>
 *   <li>Streams: studies are read one at a time per worker from a lazy walk, results go to disk at
 *       once ({@code studies/ID.json}) and the tables are assembled from those files, so memory
 *       does not grow with the number of studies.
 *   <li>Parallel: {@code workers} threads, each with its own copy of the model.
 *   <li>Resumable: a study whose record exists is skipped on a re-run; every file is written
 *       atomically (temporary file, then rename) and the record last, so {@code kill -9} loses at
 *       most the studies in flight.
 *   <li>Robust: a study that cannot be read is recorded in {@code failures/ID.txt} with why, and
 *       the batch goes on; {@code failures.csv} lists them all.
 * </ul>
 */
public final class BatchService {
    static final String STUDIES = "studies";
    static final String FAILURES = "failures";

    static {
        DicomImages.register();
    }

    /** Runs {@code req}; only an unusable model or input list is an exception. */
    public BatchOutcome run(BatchRequest req) throws IOException {
        long start = System.nanoTime();
        Path out = req.out();
        Files.createDirectories(out);
        removePartials(out);
        long total;
        try (Stream<StudySources.Source> s = StudySources.walk(req.inputs())) {
            total = s.count();
        }
        req.listener().onStart(total);
        ModelSession first = ModelSession.open(req.model(), req.device());
        List<BatchOutcome.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicLong classified = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<String> classes = first.classNames();
        try (Stream<StudySources.Source> stream = StudySources.walk(req.inputs())) {
            Iterator<StudySources.Source> it = stream.iterator();
            int workers = (int) Math.max(1, Math.min(req.workers(), Math.max(1, total)));
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                boolean own = w > 0;
                futures.add(
                        pool.submit(
                                () -> {
                                    ModelSession session =
                                            own
                                                    ? ModelSession.open(req.model(), req.device())
                                                    : first;
                                    try {
                                        StudyClassifier classifier =
                                                new StudyClassifier(session, req);
                                        work(
                                                it,
                                                classifier,
                                                req,
                                                failures,
                                                classified,
                                                skipped,
                                                done);
                                    } finally {
                                        if (own) {
                                            session.close();
                                        }
                                    }
                                    return null;
                                }));
            }
            pool.shutdown();
            try {
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException(c.getMessage(), c);
            }
        } finally {
            first.close();
        }
        List<Path> files = new ResultAssembly(req, classes).write();
        return new BatchOutcome(
                classified.get(),
                skipped.get(),
                List.copyOf(failures),
                files,
                req.cancelled().getAsBoolean(),
                (System.nanoTime() - start) / 1e9);
    }

    private static void work(
            Iterator<StudySources.Source> it,
            StudyClassifier classifier,
            BatchRequest req,
            List<BatchOutcome.Failure> failures,
            AtomicLong classified,
            AtomicLong skipped,
            AtomicLong done)
            throws IOException {
        while (!req.cancelled().getAsBoolean()) {
            StudySources.Source src;
            synchronized (it) {
                if (!it.hasNext()) {
                    return;
                }
                src = it.next();
            }
            Path record = recordOf(req.out(), src.id());
            Path failure = failureOf(req.out(), src.id());
            if (req.resume() && Files.exists(record)) {
                skipped.incrementAndGet();
                req.listener().onStudy(done.incrementAndGet(), src.id(), null);
                continue;
            }
            try {
                StudyRecord.write(classifier.classify(src), record);
                Files.deleteIfExists(failure);
                classified.incrementAndGet();
                req.listener().onStudy(done.incrementAndGet(), src.id(), null);
            } catch (IOException | RuntimeException e) {
                String reason = reason(e, src);
                failures.add(new BatchOutcome.Failure(src.id(), src.file(), reason));
                Files.deleteIfExists(record);
                AtomicFiles.write(failure, reason.getBytes(StandardCharsets.UTF_8));
                req.listener().onStudy(done.incrementAndGet(), src.id(), reason);
            }
        }
    }

    /** One line: the message without the path when it merely repeats it. */
    static String reason(Exception e, StudySources.Source src) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        String prefix = src.file() + ": ";
        m = m.startsWith(prefix) ? m.substring(prefix.length()) : m;
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    static Path recordOf(Path out, String id) {
        return out.resolve(STUDIES).resolve(id + ".json");
    }

    static Path failureOf(Path out, String id) {
        return out.resolve(FAILURES).resolve(id + ".txt");
    }

    /** Temporary files a killed run left behind (hidden, ending in .partial). */
    private static void removePartials(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && n.endsWith(".partial")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
