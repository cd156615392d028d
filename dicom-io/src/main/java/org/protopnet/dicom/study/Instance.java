package org.protopnet.dicom.study;

import java.nio.file.Path;

/**
 * One stored image: its file and identity.
 *
 * @param file where it is
 * @param sopInstanceUid SOP Instance UID
 * @param sopClassUid SOP Class UID
 * @param instanceNumber Instance Number, or 0
 */
public record Instance(Path file, String sopInstanceUid, String sopClassUid, int instanceNumber) {}
