package org.protopnet.model.reference;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.protopnet.model.ModelException;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.SimilarityFunction;

/**
 * The authors' settings as JSON: a {@code config} object with their names ({@code
 * base_architecture}, {@code img_size}, {@code prototype_shape}, {@code num_classes}, {@code
 * prototype_activation_function}, {@code add_on_layers_type}, optional {@code epsilon}) and an
 * optional {@code preprocessing} object with {@code mean} and {@code std}.
 */
public record ReferenceSettings(NetworkSpec network, InputSpec input) {

    /** Reads and checks {@code file}; every error names the file and the field. */
    public static ReferenceSettings read(Path file) {
        JsonObject root;
        try {
            root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read: " + e.getMessage(), e);
        } catch (JsonParseException | IllegalStateException e) {
            throw new ModelException(file + ": not a JSON object: " + e.getMessage(), e);
        }
        JsonObject config = object(root, "config", file);
        Architecture arch = Architecture.fromId(string(config, "base_architecture", file));
        int imgSize = integer(config, "img_size", file);
        int numClasses = integer(config, "num_classes", file);
        JsonArray shape = array(config, "prototype_shape", file);
        if (shape.size() != 4 || shape.get(2).getAsInt() != 1 || shape.get(3).getAsInt() != 1) {
            throw new ModelException(
                    file + ": config.prototype_shape must be [P, D, 1, 1], got " + shape);
        }
        SimilarityFunction activation =
                SimilarityFunction.fromId(string(config, "prototype_activation_function", file));
        AddOnType addOn = AddOnType.fromId(string(config, "add_on_layers_type", file));
        NetworkSpec spec =
                NetworkSpec.evenlySplit(
                        arch,
                        imgSize,
                        numClasses,
                        shape.get(0).getAsInt(),
                        shape.get(1).getAsInt(),
                        addOn,
                        activation);
        if (config.has("epsilon")) {
            spec =
                    new NetworkSpec(
                            spec.architecture(),
                            spec.imageSize(),
                            spec.numClasses(),
                            spec.prototypeDepth(),
                            spec.prototypeClass(),
                            spec.addOnType(),
                            spec.activation(),
                            config.get("epsilon").getAsFloat());
        }
        InputSpec input = InputSpec.imageNet(imgSize);
        if (root.has("preprocessing")) {
            JsonObject pre = object(root, "preprocessing", file);
            input = new InputSpec(imgSize, floats(pre, "mean", file), floats(pre, "std", file));
        }
        return new ReferenceSettings(spec, input);
    }

    private static JsonObject object(JsonObject o, String key, Path file) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonObject()) {
            throw new ModelException(file + ": missing object '" + key + "'");
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String key, Path file) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new ModelException(file + ": missing array 'config." + key + "'");
        }
        return e.getAsJsonArray();
    }

    private static String string(JsonObject o, String key, Path file) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new ModelException(file + ": missing field 'config." + key + "'");
        }
        return e.getAsString();
    }

    private static int integer(JsonObject o, String key, Path file) {
        try {
            return Integer.parseInt(string(o, key, file));
        } catch (NumberFormatException e) {
            throw new ModelException(file + ": 'config." + key + "' is not an integer");
        }
    }

    private static float[] floats(JsonObject o, String key, Path file) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new ModelException(file + ": missing array 'preprocessing." + key + "'");
        }
        JsonArray a = e.getAsJsonArray();
        float[] v = new float[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).getAsFloat();
        }
        return v;
    }
}
