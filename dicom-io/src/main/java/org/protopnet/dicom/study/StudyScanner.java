package org.protopnet.dicom.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.DicomReader;
import org.protopnet.dicom.parse.ReadOptions;

/**
 * Scans a folder tree (and any DICOMDIR in it) into patients, studies, series and instances. Only
 * headers are read. A file that is not DICOM, cannot be read or is filtered out becomes a report
 * line; only an unreadable root is an exception.
 */
public final class StudyScanner {
    private StudyScanner() {}

    /** Scans {@code root} (a folder, a DICOMDIR or a single file). */
    public static StudyIndex scan(Path root, ModalityFilter filter) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        } else if (Files.isRegularFile(root)) {
            files.add(root);
        } else {
            throw new IOException("no such file or folder: " + root);
        }
        List<Record> records = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path f : files) {
            if (f.getFileName().toString().toUpperCase(Locale.ROOT).equals("DICOMDIR")) {
                try {
                    for (Record r : DicomdirReader.read(f)) {
                        if (seen.add(r.instance().file().toAbsolutePath().normalize())) {
                            records.add(r);
                        }
                    }
                } catch (DicomException e) {
                    skipped.add(f + ": unreadable DICOMDIR: " + e.reason());
                }
            }
        }
        for (Path f : files) {
            if (f.getFileName().toString().toUpperCase(Locale.ROOT).equals("DICOMDIR")
                    || !seen.add(f.toAbsolutePath().normalize())) {
                continue;
            }
            try {
                DicomFile d = DicomReader.readHeader(f, ReadOptions.DEFAULT);
                if (d.dataset().getString(Tag.SOP_INSTANCE_UID) == null
                        && d.dataset().getString(Tag.STUDY_INSTANCE_UID) == null) {
                    skipped.add(f + ": not a DICOM instance (no SOP Instance or Study UID)");
                    continue;
                }
                var ds = d.dataset();
                records.add(
                        Record.of(
                                ds,
                                new Instance(
                                        f,
                                        Record.text(ds, Tag.SOP_INSTANCE_UID),
                                        Record.text(ds, Tag.SOP_CLASS_UID),
                                        ds.getInt(Tag.INSTANCE_NUMBER, 0))));
            } catch (DicomException e) {
                skipped.add(f + ": not DICOM or unreadable: " + e.reason());
            }
        }
        List<Record> kept = new ArrayList<>();
        for (Record r : records) {
            if (filter.accepts(r.modality())) {
                kept.add(r);
            } else {
                skipped.add(r.instance().file() + ": modality '" + r.modality() + "' filtered out");
            }
        }
        return new StudyIndex(group(kept), skipped);
    }

    private static List<Patient> group(List<Record> records) {
        Map<String, Map<String, Map<String, List<Record>>>> tree = new TreeMap<>();
        for (Record r : records) {
            tree.computeIfAbsent(r.patientId(), k -> new TreeMap<>())
                    .computeIfAbsent(r.studyUid(), k -> new TreeMap<>())
                    .computeIfAbsent(r.seriesUid(), k -> new ArrayList<>())
                    .add(r);
        }
        List<Patient> patients = new ArrayList<>();
        for (var p : tree.entrySet()) {
            List<Study> studies = new ArrayList<>();
            String name = "";
            for (var st : p.getValue().entrySet()) {
                List<Series> series = new ArrayList<>();
                Record firstOfStudy = null;
                for (var se : st.getValue().entrySet()) {
                    List<Record> rs = se.getValue();
                    Record first = rs.get(0);
                    firstOfStudy = firstOfStudy == null ? first : firstOfStudy;
                    List<Instance> inst =
                            rs.stream()
                                    .map(Record::instance)
                                    .sorted(
                                            Comparator.comparingInt(Instance::instanceNumber)
                                                    .thenComparing(i -> i.file().toString()))
                                    .toList();
                    series.add(
                            new Series(
                                    se.getKey(),
                                    first.modality(),
                                    first.seriesNumber(),
                                    first.seriesDescription(),
                                    inst));
                }
                series.sort(Comparator.comparingInt(Series::number).thenComparing(Series::uid));
                name = firstOfStudy.patientName();
                studies.add(
                        new Study(
                                st.getKey(),
                                firstOfStudy.studyDate(),
                                firstOfStudy.studyDescription(),
                                series));
            }
            patients.add(new Patient(p.getKey(), name, studies));
        }
        return patients;
    }
}
