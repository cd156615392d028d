package org.protopnet.model.nn;

import java.util.Locale;
import org.protopnet.model.ModelException;

/**
 * The supported backbones, named as the authors' {@code base_architecture} setting names them. Each
 * builds with torchvision's parameter names, shapes and BatchNorm epsilon.
 */
public enum Architecture {
    RESNET18("resnet18"),
    RESNET34("resnet34"),
    RESNET50("resnet50"),
    VGG11("vgg11"),
    VGG11_BN("vgg11_bn"),
    VGG16("vgg16"),
    VGG16_BN("vgg16_bn"),
    VGG19("vgg19"),
    VGG19_BN("vgg19_bn"),
    DENSENET121("densenet121"),
    /** A small CNN for 28 to 64 pixel inputs (not a torchvision model). */
    SMALL_CNN("small_cnn");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    /** The name used in settings files, bundles and on the command line. */
    public String id() {
        return id;
    }

    /** The architecture called {@code id} (case-insensitive), or an error listing the choices. */
    public static Architecture fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT).replace('-', '_');
        for (Architecture a : values()) {
            if (a.id.equals(wanted)) {
                return a;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Architecture a : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(a.id);
        }
        throw new ModelException("unknown backbone '" + id + "'; known: " + known);
    }

    /**
     * Builds this backbone with fresh weights registered in {@code store} under {@code features.}.
     */
    public Backbone build(ParameterStore store) {
        return switch (this) {
            case RESNET18 -> ResNetFeatures.basic(this, store, 2, 2, 2, 2);
            case RESNET34 -> ResNetFeatures.basic(this, store, 3, 4, 6, 3);
            case RESNET50 -> ResNetFeatures.bottleneck(this, store, 3, 4, 6, 3);
            case VGG11, VGG11_BN, VGG16, VGG16_BN, VGG19, VGG19_BN, SMALL_CNN ->
                    VggStyleFeatures.create(this, store);
            case DENSENET121 -> DenseNetFeatures.create(this, store, 32, 64, 6, 12, 24, 16);
        };
    }
}
