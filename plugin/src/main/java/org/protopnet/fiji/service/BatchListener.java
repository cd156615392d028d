package org.protopnet.fiji.service;

/** Watches a batch: counted studies, each study done or failed, messages. */
public interface BatchListener {
    /** The number of studies found (before any is classified). */
    default void onStart(long studies) {}

    /**
     * One study finished.
     *
     * @param done studies finished so far (classified, skipped or failed)
     * @param failure null when it was classified, else why not
     */
    default void onStudy(long done, String id, String failure) {}

    /** Anything worth a line. */
    default void onMessage(String message) {}

    /** A listener that ignores everything. */
    BatchListener NONE = new BatchListener() {};
}
