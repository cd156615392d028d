package org.protopnet.fiji.command;

/**
 * The JVM settings DJL reads once, set before the engine loads when Fiji has not set them: DJL
 * stays offline (the PyTorch natives ship in Fiji's {@code jars/}, nothing is downloaded).
 */
public final class EngineDefaults {
    private EngineDefaults() {}

    /** Sets {@code ai.djl.offline=true} unless the user chose otherwise. */
    public static void apply() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }
}
