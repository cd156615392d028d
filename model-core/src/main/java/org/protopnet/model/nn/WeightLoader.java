package org.protopnet.model.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.StateDict;

/**
 * Copies tensors from a {@link StateDict} into a network by name, all or nothing: if any required
 * tensor is missing, any key is unexpected or any shape differs, nothing is changed and a {@link
 * WeightMismatchException} lists every problem.
 */
public final class WeightLoader {
    /** PyTorch's BatchNorm step counters: carried in state dicts, meaningless for inference. */
    private static final Pattern IGNORED = Pattern.compile(".*num_batches_tracked$");

    /** torchvision's old DenseNet keys ({@code norm.1}) for today's ({@code norm1}). */
    private static final Pattern OLD_DENSENET =
            Pattern.compile("^(.*denselayer\\d+\\.(?:norm|relu|conv))\\.([12]\\..*)$");

    private WeightLoader() {}

    /** Loads a whole ProtoPNet {@code state_dict} (every parameter and buffer required). */
    public static void loadAll(ProtoPNet net, StateDict dict) {
        load(net, dict, Function.identity(), Set.of(ParameterGroup.values()));
    }

    /**
     * Loads backbone weights exported from a torchvision model's {@code state_dict} (keys such as
     * {@code conv1.weight}, {@code features.0.weight}): every backbone tensor is required, the
     * classifier head ({@code fc.*}, {@code classifier.*}) is ignored.
     */
    public static void loadTorchvisionBackbone(ProtoPNet net, StateDict dict) {
        Function<String, String> mapping =
                key -> {
                    if (key.startsWith("fc.") || key.startsWith("classifier.")) {
                        return null;
                    }
                    var m = OLD_DENSENET.matcher(key);
                    String k = m.matches() ? m.group(1) + m.group(2).replaceFirst("\\.", "") : key;
                    return "features." + k;
                };
        load(net, dict, mapping, Set.of(ParameterGroup.FEATURES));
    }

    private static void load(
            ProtoPNet net,
            StateDict dict,
            Function<String, String> keyToParameter,
            Set<ParameterGroup> required) {
        ParameterStore store = net.parameters();
        List<String> problems = new ArrayList<>();
        Map<Parameter, HostTensor> assignments = new HashMap<>();
        Set<Parameter> seen = new HashSet<>();
        for (String key : dict.names()) {
            if (IGNORED.matcher(key).matches()) {
                continue;
            }
            String name = keyToParameter.apply(key);
            if (name == null) {
                continue;
            }
            Parameter p = store.get(name);
            HostTensor t = dict.get(key);
            if (p != null) {
                seen.add(p);
            }
            if (p == null || !required.contains(p.group())) {
                problems.add("unexpected: " + key + " " + t.shapeText());
            } else if (!Arrays.equals(p.shape(), t.shape())) {
                problems.add(
                        "wrong shape: "
                                + key
                                + " is "
                                + t.shapeText()
                                + ", the network needs "
                                + HostTensor.shapeText(p.shape()));
            } else {
                assignments.put(p, t);
            }
        }
        for (Parameter p : store.all()) {
            if (required.contains(p.group()) && !seen.contains(p)) {
                problems.add("missing: " + p.name() + " " + HostTensor.shapeText(p.shape()));
            }
        }
        if (!problems.isEmpty()) {
            throw new WeightMismatchException(dict.source(), net.spec().toString(), problems);
        }
        assignments.forEach((p, t) -> p.assign(t.data()));
    }

    /** The network's current tensors as a state dict (parameters and buffers, float32). */
    public static StateDict export(ProtoPNet net, String description) {
        Map<String, HostTensor> tensors = new java.util.LinkedHashMap<>();
        for (Parameter p : net.parameters().all()) {
            tensors.put(p.name(), new HostTensor(p.shape(), p.array().toFloatArray()));
        }
        return new StateDict(tensors, description);
    }
}
