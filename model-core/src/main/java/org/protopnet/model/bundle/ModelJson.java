package org.protopnet.model.bundle;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.train.TrainingConfig;

/** Writes and reads {@code model.json}, the bundle's description of itself. */
final class ModelJson {
    static final Gson GSON =
            new GsonBuilder()
                    .setPrettyPrinting()
                    .setLenient()
                    .serializeSpecialFloatingPointValues()
                    .create();

    private ModelJson() {}

    static JsonObject write(ModelBundle b, Map<String, String> checksums) {
        JsonObject root = new JsonObject();
        root.addProperty("format", "protopnet-bundle");
        root.addProperty("formatVersion", ModelBundle.FORMAT_VERSION);
        NetworkSpec n = b.network();
        JsonObject net = new JsonObject();
        net.addProperty("backbone", n.architecture().id());
        net.addProperty("imageSize", n.imageSize());
        net.addProperty("numClasses", n.numClasses());
        JsonArray shape = new JsonArray();
        shape.add(n.prototypeCount());
        shape.add(n.prototypeDepth());
        shape.add(1);
        shape.add(1);
        net.add("prototypeShape", shape);
        net.add("prototypeClass", GSON.toJsonTree(n.prototypeClass()));
        net.addProperty("addOnLayers", n.addOnType().id());
        net.addProperty("activation", n.activation().id());
        net.addProperty("epsilon", n.epsilon());
        root.add("network", net);
        JsonObject in = new JsonObject();
        in.addProperty("imageSize", b.input().imageSize());
        in.addProperty("channels", 3);
        in.addProperty("grey", "replicated to 3 channels");
        in.add("mean", GSON.toJsonTree(b.input().mean()));
        in.add("std", GSON.toJsonTree(b.input().std()));
        in.addProperty("resize", "bilinear, align_corners=False, no antialias");
        root.add("input", in);
        root.add("classes", GSON.toJsonTree(b.classNames()));
        if (b.training() != null) {
            root.add("training", GSON.toJsonTree(b.training()));
        }
        root.add("entries", GSON.toJsonTree(checksums));
        return root;
    }

    static NetworkSpec network(JsonObject root, String where) {
        JsonObject n = object(root, "network", where);
        JsonArray shape = n.getAsJsonArray("prototypeShape");
        if (shape == null || shape.size() != 4) {
            throw new BundleException(where + ": network.prototypeShape must have 4 numbers");
        }
        int[] classes = GSON.fromJson(n.get("prototypeClass"), int[].class);
        if (classes == null || classes.length != shape.get(0).getAsInt()) {
            throw new BundleException(
                    where
                            + ": network.prototypeClass must list a class for each of the "
                            + shape.get(0)
                            + " prototypes");
        }
        return new NetworkSpec(
                Architecture.fromId(string(n, "backbone", where)),
                n.get("imageSize").getAsInt(),
                n.get("numClasses").getAsInt(),
                shape.get(1).getAsInt(),
                classes,
                AddOnType.fromId(string(n, "addOnLayers", where)),
                SimilarityFunction.fromId(string(n, "activation", where)),
                n.get("epsilon").getAsFloat());
    }

    static InputSpec input(JsonObject root, String where) {
        JsonObject in = object(root, "input", where);
        return new InputSpec(
                in.get("imageSize").getAsInt(),
                GSON.fromJson(in.get("mean"), float[].class),
                GSON.fromJson(in.get("std"), float[].class));
    }

    static List<String> classes(JsonObject root, String where) {
        JsonElement c = root.get("classes");
        if (c == null || !c.isJsonArray()) {
            throw new BundleException(where + ": missing 'classes'");
        }
        List<String> out = new ArrayList<>();
        c.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    static TrainingConfig training(JsonObject root) {
        JsonElement t = root.get("training");
        return t == null || t.isJsonNull() ? null : GSON.fromJson(t, TrainingConfig.class);
    }

    static JsonObject object(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonObject()) {
            throw new BundleException(where + ": missing object '" + key + "'");
        }
        return e.getAsJsonObject();
    }

    static String string(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new BundleException(where + ": missing field '" + key + "'");
        }
        return e.getAsString();
    }
}
