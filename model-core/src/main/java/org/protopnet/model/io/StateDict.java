package org.protopnet.model.io;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Named tensors as PyTorch's {@code state_dict()} holds them, read from {@code .npz} or {@code
 * .safetensors} and remembering the file they came from for error messages.
 */
public final class StateDict {
    private final Map<String, HostTensor> tensors;
    private final String source;

    public StateDict(Map<String, HostTensor> tensors, String source) {
        this.tensors = new LinkedHashMap<>(tensors);
        this.source = source;
    }

    /** Reads {@code file}, choosing the format by its extension. */
    public static StateDict read(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".npz")) {
            return new StateDict(Npz.read(file), file.toString());
        }
        if (name.endsWith(".safetensors")) {
            return new StateDict(SafeTensors.read(file), file.toString());
        }
        throw new TensorFormatException(
                file + ": unknown weights format; expected a .npz or .safetensors file");
    }

    public HostTensor get(String name) {
        return tensors.get(name);
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(tensors.keySet());
    }

    public Map<String, HostTensor> asMap() {
        return Collections.unmodifiableMap(tensors);
    }

    /** Where these tensors came from (a file path, or a description). */
    public String source() {
        return source;
    }
}
