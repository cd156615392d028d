package org.protopnet.model.data;

/**
 * Which case an image is, for records that outlive the training data (a prototype's source): the
 * path, and for DICOM the SOP Instance UID and frame. Never patient identifiers.
 *
 * @param sopInstanceUid null unless the image is a DICOM instance
 * @param frame the frame within a multi-frame instance, 0 otherwise
 */
public record CaseIdentity(String path, String sopInstanceUid, int frame) {
    /** A case known only by its path. */
    public static CaseIdentity ofPath(String path) {
        return new CaseIdentity(path, null, 0);
    }
}
