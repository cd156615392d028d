/**
 * Plain Java entry points behind {@code protopnet dicom info} and {@code protopnet dicom convert};
 * the plugin module's command line calls them and owns argument parsing.
 *
 * <pre>{@code
 * ConversionReport r = DicomCommands.convert(List.of(dir), out, Format.NPY, Values.STORED);
 * String text = DicomCommands.info(file, false);
 * }</pre>
 */
package org.protopnet.dicom.cli;
