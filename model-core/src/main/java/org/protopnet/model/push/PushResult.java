package org.protopnet.model.push;

import java.util.List;

/** The outcome of one push: for each prototype in order, where it was projected. */
public record PushResult(List<ProjectedPrototype> prototypes) {
    public PushResult {
        prototypes = List.copyOf(prototypes);
    }

    /** Prototypes projected onto the same patch of the same image as an earlier one. */
    public List<ProjectedPrototype> duplicates() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<ProjectedPrototype> out = new java.util.ArrayList<>();
        for (ProjectedPrototype p : prototypes) {
            if (!seen.add(p.imageIndex() + "/" + p.h() + "/" + p.w())) {
                out.add(p);
            }
        }
        return out;
    }
}
