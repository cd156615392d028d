/**
 * Smaller, cleaner prototype sets: pruning prototypes whose nearest training patches are mostly of
 * other classes, merging duplicates, and the nearest-patch analysis both rest on.
 */
package org.protopnet.model.prune;
