package org.protopnet.model.prune;

import java.util.List;
import java.util.Locale;

/**
 * What pruning did: the prototypes removed and why, the counts, and accuracy on the evaluation
 * split before and after (after = pruned and last layer retrained).
 *
 * @param spared prototypes that failed but were kept as the last of their class
 * @param evaluatedOn "test" or "validation": the split the accuracies were measured on
 */
public record PruneReport(
        int k,
        int tau,
        List<Pruned> pruned,
        List<Pruned> spared,
        int prototypesBefore,
        int prototypesAfter,
        double accuracyBefore,
        double accuracyAfter,
        String evaluatedOn) {

    /**
     * One removed prototype: of its {@code k} nearest training patches, {@code ofItsClass} were.
     */
    public record Pruned(
            int prototype, int classIndex, String className, int ofItsClass, List<String> nearest) {
        /** E.g. {@code prototype 7 (cyst): 1 of its 6 nearest training patches is of its class}. */
        public String reason(int k) {
            return String.format(
                    Locale.ROOT,
                    "prototype %d (%s): %d of its %d nearest training patches %s of its class",
                    prototype,
                    className,
                    ofItsClass,
                    k,
                    ofItsClass == 1 ? "is" : "are");
        }
    }

    public PruneReport {
        pruned = List.copyOf(pruned);
        spared = List.copyOf(spared);
    }

    /** A few lines for a console or log. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(
                String.format(
                        Locale.ROOT,
                        "pruned %d of %d prototypes (k = %d, tau = %d); %s accuracy %.4f -> %.4f%n",
                        pruned.size(),
                        prototypesBefore,
                        k,
                        tau,
                        evaluatedOn,
                        accuracyBefore,
                        accuracyAfter));
        for (Pruned p : pruned) {
            s.append("  ").append(p.reason(k)).append('\n');
        }
        for (Pruned p : spared) {
            s.append("  kept as the last of its class: ").append(p.reason(k)).append('\n');
        }
        return s.toString();
    }
}
