package org.protopnet.model.train;

import org.protopnet.model.data.Augmentation;

/**
 * Every setting of a training run, with the paper's defaults. Stored in the model bundle so a model
 * says how it was made.
 *
 * @param epochs warm-up plus joint epochs
 * @param warmEpochs epochs with the backbone frozen
 * @param pushStart first epoch after which prototypes are pushed
 * @param pushEvery push after every epoch e >= pushStart with e % pushEvery == 0
 * @param finalPush also push after the last epoch when the schedule did not, so the delivered
 *     model's prototypes are always real training patches
 * @param jointLrStep joint learning rates are multiplied by {@code jointLrGamma} every this many
 *     joint epochs
 * @param validationFraction share of the training images held out for model selection when the data
 *     names no validation split
 * @param prototypeLossStart first warm-up/joint epoch (0-based) whose loss includes the cluster and
 *     separation costs; earlier epochs train on cross entropy (and L1) alone. 0 is the paper. A
 *     backbone trained from scratch on a small set, where the part that decides the class is small
 *     against the background, otherwise pulls every prototype onto background patches in the first
 *     epochs and never learns the part: the latent space has to separate the classes before the
 *     prototypes are tied to it.
 */
public record TrainingConfig(
        int epochs,
        int warmEpochs,
        int batchSize,
        double featuresLr,
        double addOnLr,
        double prototypesLr,
        double weightDecay,
        int jointLrStep,
        double jointLrGamma,
        int pushStart,
        int pushEvery,
        boolean finalPush,
        int lastLayerEpochs,
        double lastLayerLr,
        LossCoefficients loss,
        Augmentation augmentation,
        double validationFraction,
        long seed,
        int prototypeLossStart) {

    /** The paper's settings (the authors' settings.py), with 20 epochs. */
    public static TrainingConfig paperDefaults() {
        return builder().build();
    }

    /** A builder holding the paper's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.epochs = epochs;
        b.warmEpochs = warmEpochs;
        b.batchSize = batchSize;
        b.featuresLr = featuresLr;
        b.addOnLr = addOnLr;
        b.prototypesLr = prototypesLr;
        b.weightDecay = weightDecay;
        b.jointLrStep = jointLrStep;
        b.jointLrGamma = jointLrGamma;
        b.pushStart = pushStart;
        b.pushEvery = pushEvery;
        b.finalPush = finalPush;
        b.lastLayerEpochs = lastLayerEpochs;
        b.lastLayerLr = lastLayerLr;
        b.loss = loss;
        b.augmentation = augmentation;
        b.validationFraction = validationFraction;
        b.seed = seed;
        b.prototypeLossStart = prototypeLossStart;
        return b;
    }

    /** Checks that the settings make a runnable schedule. */
    public TrainingConfig {
        if (epochs < 1 || warmEpochs < 0 || warmEpochs > epochs) {
            throw new IllegalArgumentException(
                    "need 1 or more epochs and 0..epochs warm-up epochs, got "
                            + epochs
                            + "/"
                            + warmEpochs);
        }
        if (batchSize < 1 || pushEvery < 1 || jointLrStep < 1 || lastLayerEpochs < 0) {
            throw new IllegalArgumentException(
                    "batch size, push interval and LR step must be positive");
        }
        if (prototypeLossStart < 0) {
            throw new IllegalArgumentException(
                    "the epoch the prototype costs start at must be 0 or more, got "
                            + prototypeLossStart);
        }
        if (validationFraction < 0 || validationFraction >= 1) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1)");
        }
    }

    /** Mutable settings for {@link TrainingConfig}; starts at the paper's defaults. */
    public static final class Builder {
        private int epochs = 20;
        private int warmEpochs = 5;
        private int batchSize = 64;
        private double featuresLr = 1e-4;
        private double addOnLr = 3e-3;
        private double prototypesLr = 3e-3;
        private double weightDecay = 1e-3;
        private int jointLrStep = 5;
        private double jointLrGamma = 0.1;
        private int pushStart = 10;
        private int pushEvery = 10;
        private boolean finalPush = true;
        private int lastLayerEpochs = 20;
        private double lastLayerLr = 1e-4;
        private LossCoefficients loss = LossCoefficients.PAPER;
        private Augmentation augmentation = Augmentation.DEFAULT;
        private double validationFraction = 0.1;
        private long seed = 42;
        private int prototypeLossStart = 0;

        public Builder epochs(int value) {
            this.epochs = value;
            return this;
        }

        public Builder warmEpochs(int value) {
            this.warmEpochs = value;
            return this;
        }

        public Builder batchSize(int value) {
            this.batchSize = value;
            return this;
        }

        public Builder featuresLr(double value) {
            this.featuresLr = value;
            return this;
        }

        public Builder addOnLr(double value) {
            this.addOnLr = value;
            return this;
        }

        public Builder prototypesLr(double value) {
            this.prototypesLr = value;
            return this;
        }

        public Builder weightDecay(double value) {
            this.weightDecay = value;
            return this;
        }

        public Builder jointLrStep(int value) {
            this.jointLrStep = value;
            return this;
        }

        public Builder jointLrGamma(double value) {
            this.jointLrGamma = value;
            return this;
        }

        public Builder pushStart(int value) {
            this.pushStart = value;
            return this;
        }

        public Builder pushEvery(int value) {
            this.pushEvery = value;
            return this;
        }

        public Builder finalPush(boolean value) {
            this.finalPush = value;
            return this;
        }

        public Builder lastLayerEpochs(int value) {
            this.lastLayerEpochs = value;
            return this;
        }

        public Builder lastLayerLr(double value) {
            this.lastLayerLr = value;
            return this;
        }

        public Builder loss(LossCoefficients value) {
            this.loss = value;
            return this;
        }

        public Builder augmentation(Augmentation value) {
            this.augmentation = value;
            return this;
        }

        public Builder validationFraction(double value) {
            this.validationFraction = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder prototypeLossStart(int value) {
            this.prototypeLossStart = value;
            return this;
        }

        public TrainingConfig build() {
            return new TrainingConfig(
                    epochs,
                    warmEpochs,
                    batchSize,
                    featuresLr,
                    addOnLr,
                    prototypesLr,
                    weightDecay,
                    jointLrStep,
                    jointLrGamma,
                    pushStart,
                    pushEvery,
                    finalPush,
                    lastLayerEpochs,
                    lastLayerLr,
                    loss,
                    augmentation,
                    validationFraction,
                    seed,
                    prototypeLossStart);
        }
    }
}
