package org.protopnet.fiji.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.RawImage;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.train.TrainingConfig;
import org.protopnet.model.train.TrainingListener;

/** Test fixtures: a tiny model trained for real, and studies written as DICOM with fake PHI. */
final class TinyModels {
    /** The fictitious patient every test study belongs to; no output may carry these. */
    static final String NAME = "Testpatient^Fictitious";

    static final String ID = "PHI-ID-987654";
    static final String BIRTH = "19230405";
    static final int SIZE = 32;

    private TinyModels() {}

    /** Trains a small CNN on 120 planted-part images (seconds on a CPU). */
    static Path train(Path dir) throws IOException {
        Path model = dir.resolve("tiny.protopnet");
        TrainingConfig config =
                TrainingConfig.builder()
                        .epochs(3)
                        .warmEpochs(1)
                        .lastLayerEpochs(2)
                        .batchSize(16)
                        .augmentation(Augmentation.NONE)
                        .seed(3)
                        .build();
        new TrainingService()
                .train(
                        new TrainingRequest(
                                "synthetic:120",
                                0,
                                model,
                                new NetworkOptions(
                                        Architecture.SMALL_CNN,
                                        SIZE,
                                        2,
                                        8,
                                        AddOnType.REGULAR,
                                        SimilarityFunction.LOG),
                                new InputSpec(
                                        SIZE,
                                        new float[] {0.45f, 0.45f, 0.45f},
                                        new float[] {0.2f, 0.2f, 0.2f}),
                                config,
                                null,
                                dir.resolve("ckpt"),
                                false,
                                DeviceChoice.CPU,
                                new TrainingListener() {},
                                () -> false));
        return model;
    }

    /** Writes {@code count} planted-part images as CR files of the fictitious patient. */
    static void writeRadiographs(Path dir, int count) throws IOException {
        PlantedPartSet set = new PlantedPartSet(count, 48, 11);
        for (int i = 0; i < count; i++) {
            RawImage img = set.load(i);
            short[] px = new short[48 * 48];
            for (int k = 0; k < px.length; k++) {
                px[k] = (short) Math.round(img.pixels()[k] * 4095);
            }
            Path f = dir.resolve(String.format("case-%03d.dcm", i));
            Files.createDirectories(dir);
            DicomWriter.write(
                    f,
                    ImageBuilder.create(ImageBuilder.CR, "CR")
                            .patient(NAME, ID)
                            .set(Tag.PATIENT_BIRTH_DATE, VR.DA, BIRTH)
                            .monochrome(48, 48, 1, 12, false, px)
                            .build(),
                    TransferSyntax.EXPLICIT_VR_LE);
        }
    }

    /** Writes a 3-frame RGB ultrasound cine of the fictitious patient. */
    static Path writeCine(Path file) throws IOException {
        int frames = 3;
        byte[] rgb = new byte[frames * 40 * 40 * 3];
        for (int f = 0; f < frames; f++) {
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 40; x++) {
                    int o = ((f * 40 + y) * 40 + x) * 3;
                    boolean blob = Math.hypot(x - 12 - 4 * f, y - 20) < 5;
                    byte v = (byte) (blob ? 230 : 60 + (x * 7 + y * 13) % 40);
                    rgb[o] = v;
                    rgb[o + 1] = v;
                    rgb[o + 2] = v;
                }
            }
        }
        Files.createDirectories(file.getParent());
        DicomWriter.write(
                file,
                ImageBuilder.create(ImageBuilder.US_MULTIFRAME, "US")
                        .patient(NAME, ID)
                        .set(Tag.PATIENT_BIRTH_DATE, VR.DA, BIRTH)
                        .rgb(40, 40, frames, rgb)
                        .build(),
                TransferSyntax.EXPLICIT_VR_LE);
        return file;
    }
}
