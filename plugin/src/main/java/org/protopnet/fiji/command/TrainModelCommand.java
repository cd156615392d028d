package org.protopnet.fiji.command;

import ij.IJ;
import ij.macro.Interpreter;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import org.protopnet.fiji.ij1.TrainingProgress;
import org.protopnet.fiji.service.NetworkOptions;
import org.protopnet.fiji.service.TrainingOutcome;
import org.protopnet.fiji.service.TrainingRequest;
import org.protopnet.fiji.service.TrainingService;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.train.TrainingCancelledException;
import org.protopnet.model.train.TrainingConfig;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * <em>Train Model…</em>: trains a ProtoPNet with the paper's staged schedule and writes the bundle,
 * its history CSV, curve PNG and a training log beside it. Progress goes to ImageJ's status bar and
 * Log; Esc (or {@link #cancel}) stops at the next batch, and the checkpoint folder ({@code
 * MODEL.checkpoints}) keeps the finished steps for a later run with {@code resume}.
 *
 * <pre>{@code
 * run("Train Model...", "dataset=/data/xray backbone=resnet18 size=224 prototypes=10 epochs=20"
 *         + " model=/models/xray.protopnet");
 * }</pre>
 */
@Plugin(type = Command.class, label = "Train Model", headless = true)
public class TrainModelCommand extends CancelableCommand {
    // -- Parameters (names are the macro keys) --

    @Parameter(
            label = "Dataset (folder per class, or CSV path,label[,split])",
            style = "open",
            description =
                    "A folder with a folder per class, or a CSV manifest; synthetic:N works too")
    File dataset;

    @Parameter(
            label = "Backbone",
            choices = {
                "resnet18",
                "resnet34",
                "resnet50",
                "vgg11",
                "vgg16",
                "vgg19",
                "densenet121",
                "small_cnn"
            })
    String backbone = "resnet18";

    @Parameter(label = "Size (input pixels)", min = "16")
    int size = 224;

    @Parameter(label = "Prototypes per class", min = "1")
    int prototypes = 10;

    @Parameter(label = "Epochs (warm-up plus joint)", min = "1")
    int epochs = 20;

    @Parameter(label = "Batch size", min = "1")
    int batch = 64;

    @Parameter(
            label =
                    "Clustering from epoch (cluster and separation costs; 0 = from the start, as in"
                            + " the paper)",
            min = "0",
            description =
                    "Before this epoch cross entropy alone trains the network: helps a backbone"
                            + " trained from scratch learn a small part before prototypes settle")
    int clustering = 0;

    @Parameter(label = "Augment (rotation, shear, skew, zoom)")
    boolean augment = true;

    @Parameter(
            label = "Device",
            choices = {"auto", "cpu", "gpu"})
    String device = "auto";

    @Parameter(label = "Model (bundle to write, *.protopnet)", style = "save")
    File model;

    @Parameter(
            label = "Pretrained (torchvision backbone weights .npz/.safetensors; empty: none)",
            required = false,
            persist = false,
            style = "open")
    File pretrained;

    @Parameter(label = "Resume (continue the run saved in MODEL.checkpoints)")
    boolean resume;

    @Parameter(type = ItemIO.OUTPUT, label = "Status")
    String status;

    @Parameter(type = ItemIO.OUTPUT, label = "Validation accuracy")
    double accuracy = Double.NaN;

    // -- Fields --

    // -- Command methods --

    @Override
    public void run() {
        if (dataset == null || model == null) {
            throw new CommandException("Train Model", "dataset and model are required");
        }
        Path out = model.toPath().toAbsolutePath();
        Path checkpoints = out.resolveSibling(out.getFileName() + ".checkpoints");
        TrainingConfig config =
                TrainingConfig.builder()
                        .epochs(epochs)
                        .warmEpochs(Math.min(5, epochs / 4))
                        .batchSize(batch)
                        .prototypeLossStart(clustering)
                        .augmentation(augment ? Augmentation.DEFAULT : Augmentation.NONE)
                        .build();
        NetworkOptions network =
                new NetworkOptions(
                        Architecture.fromId(backbone),
                        size,
                        prototypes,
                        128,
                        AddOnType.BOTTLENECK,
                        SimilarityFunction.LOG);
        IJ.resetEscape();
        boolean live =
                !GraphicsEnvironment.isHeadless()
                        && IJ.getInstance() != null
                        && !Interpreter.isBatchMode();
        try (TrainingProgress progress = new TrainingProgress(logFile(out), live)) {
            TrainingRequest request =
                    new TrainingRequest(
                            dataset.getPath(),
                            0,
                            out,
                            network,
                            null,
                            config,
                            pretrained == null ? null : pretrained.toPath(),
                            checkpoints,
                            resume,
                            DeviceChoice.parse(device),
                            progress,
                            this::isCanceled);
            try {
                TrainingOutcome o =
                        Worker.call(
                                "ProtoPNet training", () -> new TrainingService().train(request));
                accuracy = o.validationAccuracy();
                status =
                        String.format(
                                Locale.ROOT,
                                "trained %s: selected %s, validation accuracy %.4f",
                                out.getFileName(),
                                o.selectedStep(),
                                o.validationAccuracy());
            } catch (TrainingCancelledException e) {
                status = "cancelled: " + e.getMessage() + "; checkpoints in " + checkpoints;
            }
            progress.line(status);
            IJ.showStatus("ProtoPNet: " + status);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException("Train Model", e);
        }
    }

    // -- Cancelable methods --

    /** Also stopped by Esc, as ImageJ users expect of long work. */
    @Override
    public boolean isCanceled() {
        return super.isCanceled() || IJ.escapePressed();
    }

    // -- Helper methods --

    /** {@code model.protopnet} -> {@code model-training.log}. */
    static Path logFile(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return model.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-training.log");
    }
}
