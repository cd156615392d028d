package org.protopnet.dicom.study;

import java.util.List;

/**
 * A study and its series.
 *
 * @param uid Study Instance UID
 * @param date Study Date (YYYYMMDD), or empty
 * @param description Study Description, or empty
 * @param series the series
 */
public record Study(String uid, String date, String description, List<Series> series) {}
