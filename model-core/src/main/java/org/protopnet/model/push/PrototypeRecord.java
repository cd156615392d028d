package org.protopnet.model.push;

import org.protopnet.model.explain.Box;

/**
 * Where push put prototype {@code prototype}: its class, the training case it now is a part of
 * (path; SOP Instance UID and frame for DICOM), the latent cell (h, w), the distance that won, and
 * two boxes in the source's model-input coordinates (S x S): the cell's receptive field and the
 * 95th-percentile box of the upsampled self-activation map.
 *
 * @param sopInstanceUid null unless the source is a DICOM instance
 */
public record PrototypeRecord(
        int prototype,
        int classIndex,
        String className,
        String sourcePath,
        String sopInstanceUid,
        int frame,
        int latentH,
        int latentW,
        double distance,
        Box receptiveField,
        Box activationBox) {

    /** This record renumbered as prototype {@code index} (after pruning). */
    public PrototypeRecord renumbered(int index) {
        return new PrototypeRecord(
                index,
                classIndex,
                className,
                sourcePath,
                sopInstanceUid,
                frame,
                latentH,
                latentW,
                distance,
                receptiveField,
                activationBox);
    }
}
