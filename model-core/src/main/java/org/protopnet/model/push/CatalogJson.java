package org.protopnet.model.push;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.model.bundle.BundleException;
import org.protopnet.model.explain.Box;

/** {@code prototypes/prototypes.json}: the records as a JSON array, written and read strictly. */
final class CatalogJson {
    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().serializeNulls().create();

    private CatalogJson() {}

    static byte[] write(List<PrototypeRecord> records) {
        JsonArray a = new JsonArray();
        for (PrototypeRecord r : records) {
            JsonObject o = new JsonObject();
            o.addProperty("prototype", r.prototype());
            o.addProperty("classIndex", r.classIndex());
            o.addProperty("className", r.className());
            o.addProperty("sourcePath", r.sourcePath());
            o.addProperty("sopInstanceUid", r.sopInstanceUid());
            o.addProperty("frame", r.frame());
            o.addProperty("latentH", r.latentH());
            o.addProperty("latentW", r.latentW());
            o.addProperty("distance", r.distance());
            o.add("receptiveField", box(r.receptiveField()));
            o.add("activationBox", box(r.activationBox()));
            a.add(o);
        }
        return GSON.toJson(a).getBytes(StandardCharsets.UTF_8);
    }

    static List<PrototypeRecord> read(byte[] json, String where) {
        List<PrototypeRecord> out = new ArrayList<>();
        try {
            JsonArray a =
                    JsonParser.parseString(new String(json, StandardCharsets.UTF_8))
                            .getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                JsonObject o = a.get(i).getAsJsonObject();
                JsonElement uid = o.get("sopInstanceUid");
                PrototypeRecord r =
                        new PrototypeRecord(
                                o.get("prototype").getAsInt(),
                                o.get("classIndex").getAsInt(),
                                o.get("className").getAsString(),
                                o.get("sourcePath").getAsString(),
                                uid == null || uid.isJsonNull() ? null : uid.getAsString(),
                                o.get("frame").getAsInt(),
                                o.get("latentH").getAsInt(),
                                o.get("latentW").getAsInt(),
                                o.get("distance").getAsDouble(),
                                box(o.getAsJsonArray("receptiveField")),
                                box(o.getAsJsonArray("activationBox")));
                if (r.prototype() != i) {
                    throw new BundleException(
                            where + ": record " + i + " is for prototype " + r.prototype());
                }
                out.add(r);
            }
        } catch (BundleException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BundleException(where + ": malformed prototype record: " + e.getMessage(), e);
        }
        return out;
    }

    private static JsonArray box(Box b) {
        JsonArray a = new JsonArray();
        a.add(b.x0());
        a.add(b.y0());
        a.add(b.x1());
        a.add(b.y1());
        return a;
    }

    private static Box box(JsonArray a) {
        return new Box(
                a.get(0).getAsInt(), a.get(1).getAsInt(), a.get(2).getAsInt(), a.get(3).getAsInt());
    }
}
