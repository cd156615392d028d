package org.protopnet.model.nn;

import java.util.List;
import org.protopnet.model.ModelException;

/**
 * A weights file does not fit the network: the message lists every missing, unexpected and
 * mis-shaped tensor by name, so one run shows the whole problem.
 */
public class WeightMismatchException extends ModelException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public WeightMismatchException(String source, String network, List<String> problems) {
        super(
                source
                        + " does not fit "
                        + network
                        + " ("
                        + problems.size()
                        + " problem"
                        + (problems.size() == 1 ? "" : "s")
                        + "):\n  "
                        + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, e.g. {@code missing: features.conv1.weight (64, 3, 7, 7)}. */
    public List<String> problems() {
        return problems;
    }
}
