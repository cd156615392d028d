package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.NetworkOptions;
import org.protopnet.fiji.service.TrainingOutcome;
import org.protopnet.fiji.service.TrainingRequest;
import org.protopnet.fiji.service.TrainingService;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.train.TrainingCancelledException;
import org.protopnet.model.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet train}: trains a model with the paper's staged schedule. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train a ProtoPNet: warm-up, joint, push and last-layer phases, a checkpoint after every step.",
            "DATA is a folder per class (optionally inside train/ val/ test/), a CSV manifest"
                    + " (path,label[,split]), a folder of IDX files (Fashion-MNIST), or synthetic:N."
        })
final class TrainCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            required = true,
            paramLabel = "DATA",
            description = "Training data (see above).")
    String data;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "Model bundle to write (*.protopnet).")
    Path out;

    @Option(
            names = "--limit",
            defaultValue = "0",
            description = "IDX data: use only the first N images of each file.")
    int limit;

    @Option(
            names = "--backbone",
            defaultValue = "resnet18",
            description =
                    "resnet18|resnet34|resnet50|vgg11[_bn]|vgg16[_bn]|vgg19[_bn]|densenet121|small_cnn (default: ${DEFAULT-VALUE}).")
    String backbone;

    @Option(
            names = "--image-size",
            defaultValue = "224",
            description = "Input size in pixels (default: ${DEFAULT-VALUE}).")
    int imageSize;

    @Option(
            names = "--prototypes-per-class",
            defaultValue = "10",
            description = "Default: ${DEFAULT-VALUE}.")
    int prototypesPerClass;

    @Option(
            names = "--prototype-depth",
            defaultValue = "128",
            description = "Latent depth D (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(
            names = "--add-on",
            defaultValue = "bottleneck",
            description = "regular|bottleneck (default: ${DEFAULT-VALUE}).")
    String addOn;

    @Option(
            names = "--activation",
            defaultValue = "log",
            description = "log|linear (default: ${DEFAULT-VALUE}).")
    String activation;

    @Option(
            names = "--epochs",
            defaultValue = "20",
            description = "Warm-up plus joint epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--warm-epochs", defaultValue = "5", description = "Default: ${DEFAULT-VALUE}.")
    int warmEpochs;

    @Option(
            names = "--prototype-loss-start",
            defaultValue = "0",
            description =
                    "First epoch (0-based) whose loss has the cluster and separation costs;"
                            + " before it cross entropy alone shapes the latent space. Helps a"
                            + " backbone trained from scratch learn small parts (default: 0, the"
                            + " paper).")
    int prototypeLossStart;

    @Option(
            names = "--push-start",
            defaultValue = "10",
            description =
                    "Pushes follow every epoch from this one on that is a multiple of"
                            + " --push-every, as in the authors' code (default: ${DEFAULT-VALUE}).")
    int pushStart;

    @Option(
            names = "--push-every",
            defaultValue = "10",
            description =
                    "Push after epochs that are multiples of this, from --push-start on"
                            + " (default: ${DEFAULT-VALUE}).")
    int pushEvery;

    @Option(
            names = "--last-layer-epochs",
            defaultValue = "20",
            description = "After each push (default: ${DEFAULT-VALUE}).")
    int lastLayerEpochs;

    @Option(names = "--batch-size", defaultValue = "64", description = "Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(
            names = "--lr-features",
            defaultValue = "1e-4",
            description = "Default: ${DEFAULT-VALUE}.")
    double lrFeatures;

    @Option(
            names = "--lr-add-on",
            defaultValue = "3e-3",
            description = "Default: ${DEFAULT-VALUE}.")
    double lrAddOn;

    @Option(
            names = "--lr-prototypes",
            defaultValue = "3e-3",
            description = "Default: ${DEFAULT-VALUE}.")
    double lrPrototypes;

    @Option(
            names = "--lr-last-layer",
            defaultValue = "1e-4",
            description = "Default: ${DEFAULT-VALUE}.")
    double lrLast;

    @Option(
            names = "--lr-step",
            defaultValue = "5",
            description = "Joint LR x0.1 every N joint epochs (default: ${DEFAULT-VALUE}).")
    int lrStep;

    @Option(
            names = "--rotation",
            defaultValue = "15",
            description =
                    "Augmentation: max rotation in degrees, 0 = off (default: ${DEFAULT-VALUE}).")
    double rotation;

    @Option(
            names = "--shear",
            defaultValue = "10",
            description = "Max shear in degrees, 0 = off (default: ${DEFAULT-VALUE}).")
    double shear;

    @Option(
            names = "--skew",
            defaultValue = "0.1",
            description = "Max perspective skew, 0 = off (default: ${DEFAULT-VALUE}).")
    double skew;

    @Option(
            names = "--scale",
            defaultValue = "0.1",
            description = "Max relative zoom, 0 = off (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(
            names = "--flip",
            description = "Mirror half the images left-right (off: can be clinically wrong).")
    boolean flip;

    @Option(names = "--no-augment", description = "Switch all augmentation off.")
    boolean noAugment;

    @Option(names = "--mean", split = ",", description = "Per-channel mean (default: ImageNet).")
    float[] mean;

    @Option(names = "--std", split = ",", description = "Per-channel std (default: ImageNet).")
    float[] std;

    @Option(
            names = "--pretrained",
            paramLabel = "FILE",
            description =
                    "torchvision backbone weights (.npz/.safetensors), see scripts/export_torchvision_weights.py.")
    Path pretrained;

    @Option(
            names = "--checkpoint-dir",
            paramLabel = "DIR",
            description = "Where checkpoints go (default: OUT's name + .checkpoints).")
    Path checkpointDir;

    @Option(names = "--resume", description = "Continue the run saved in --checkpoint-dir.")
    boolean resume;

    @Option(
            names = "--validation-fraction",
            defaultValue = "0.1",
            description =
                    "Held out for model selection when DATA has no val split (default: ${DEFAULT-VALUE}).")
    double validationFraction;

    @Option(names = "--seed", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--device",
            defaultValue = "auto",
            description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        Augmentation aug =
                noAugment
                        ? Augmentation.NONE
                        : new Augmentation(rotation, shear, skew, scale, flip);
        TrainingConfig config =
                TrainingConfig.builder()
                        .epochs(epochs)
                        .warmEpochs(warmEpochs)
                        .batchSize(batchSize)
                        .featuresLr(lrFeatures)
                        .addOnLr(lrAddOn)
                        .prototypesLr(lrPrototypes)
                        .lastLayerLr(lrLast)
                        .jointLrStep(lrStep)
                        .pushStart(pushStart)
                        .pushEvery(pushEvery)
                        .lastLayerEpochs(lastLayerEpochs)
                        .augmentation(aug)
                        .validationFraction(validationFraction)
                        .seed(seed)
                        .prototypeLossStart(prototypeLossStart)
                        .build();
        NetworkOptions network =
                new NetworkOptions(
                        Architecture.fromId(backbone),
                        imageSize,
                        prototypesPerClass,
                        depth,
                        AddOnType.fromId(addOn),
                        SimilarityFunction.fromId(activation));
        InputSpec input =
                mean == null && std == null
                        ? null
                        : new InputSpec(
                                imageSize,
                                mean == null ? InputSpec.IMAGENET_MEAN : mean,
                                std == null ? InputSpec.IMAGENET_STD : std);
        Path ckpt =
                checkpointDir != null
                        ? checkpointDir
                        : out.toAbsolutePath().resolveSibling(out.getFileName() + ".checkpoints");
        ConsoleProgress progress = new ConsoleProgress(System.out);
        try (Cancellation cancel = new Cancellation()) {
            TrainingOutcome o =
                    new TrainingService()
                            .train(
                                    new TrainingRequest(
                                            data,
                                            limit,
                                            out,
                                            network,
                                            input,
                                            config,
                                            pretrained,
                                            ckpt,
                                            resume,
                                            DeviceChoice.parse(device),
                                            progress,
                                            cancel));
            System.out.printf(
                    Locale.ROOT,
                    "model: %s (selected %s, validation accuracy %.4f)%n",
                    o.model(),
                    o.selectedStep(),
                    o.validationAccuracy());
            if (!Double.isNaN(o.testAccuracy())) {
                System.out.printf(
                        Locale.ROOT,
                        "test accuracy of the selected model: %.4f (before its push: %.4f)%n",
                        o.testAccuracy(),
                        o.testAccuracyBeforePush());
            }
            System.out.printf(
                    Locale.ROOT,
                    "history: %s%ncurves: %s%ncheckpoints: %s%nwall time: %s%n",
                    o.historyCsv(),
                    o.curvePng(),
                    ckpt,
                    ConsoleProgress.duration(o.seconds()));
            int dup =
                    org.protopnet.model.prune.DuplicateMerger.duplicates(
                                    org.protopnet.model.bundle.BundleReader.read(o.model()))
                            .size();
            if (dup > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "%d group(s) of prototypes sit on the same training patch; merge them with"
                                + " 'protopnet prune --merge-duplicates --model %s ...'%n",
                        dup,
                        o.model());
            }
            return ProtoPNetCli.EXIT_OK;
        } catch (TrainingCancelledException e) {
            System.err.println(
                    "protopnet train: "
                            + e.getMessage()
                            + "; resume with --resume --checkpoint-dir "
                            + ckpt);
            return ProtoPNetCli.EXIT_FAILURE;
        }
    }
}
