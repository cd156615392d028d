package org.protopnet.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/**
 * Where tensors live: {@code auto} takes a GPU when the engine sees one and the CPU otherwise,
 * {@code cpu} always works, {@code gpu} fails clearly when there is none (CPU builds of PyTorch,
 * the default here, see none).
 */
public enum DeviceChoice {
    AUTO,
    CPU,
    GPU;

    /** {@code auto}, {@code cpu} or {@code gpu}, any case. */
    public static DeviceChoice parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ModelException("unknown device '" + text + "'; use auto, cpu or gpu");
        }
    }

    /** The DJL device this choice resolves to on this machine. */
    public Device resolve() {
        int gpus = Engine.getInstance().getGpuCount();
        return switch (this) {
            case CPU -> Device.cpu();
            case AUTO -> gpus > 0 ? Device.gpu() : Device.cpu();
            case GPU -> {
                if (gpus == 0) {
                    throw new ModelException(
                            "no GPU visible to PyTorch "
                                    + Engine.getInstance().getVersion()
                                    + " (this build is CPU-only unless built with -Pcuda); use --device cpu or auto");
                }
                yield Device.gpu();
            }
        };
    }
}
