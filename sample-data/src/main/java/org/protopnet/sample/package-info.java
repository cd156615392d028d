/**
 * Synthetic sample studies for demos, tests and benchmarks: a deterministic generator of X-ray-like
 * radiographs (classes {@code normal}, {@code nodule}, {@code fracture}) and ultrasound-like scans
 * ({@code normal}, {@code cyst}, {@code mass}) written as real DICOM through dicom-io, with {@code
 * labels.csv} and ground-truth lesion boxes in {@code lesions.csv}.
 *
 * <pre>{@code
 * SampleSet set = SampleSetGenerator.generate(Path.of("out"), GeneratorOptions.committed());
 * // out/xray/labels.csv, out/xray/lesions.csv, out/ultrasound/..., one study per file
 * }</pre>
 *
 * Every value is derived from the seed with {@link org.protopnet.sample.Rng} and {@link
 * java.lang.StrictMath}, so the same seed gives byte-identical files on any JVM.
 */
package org.protopnet.sample;
