package org.protopnet.fiji.service;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.train.TrainingConfig;
import org.protopnet.model.train.TrainingListener;

/**
 * Everything a training run needs: data, where the model goes, the network and schedule, optional
 * pretrained backbone weights, the checkpoint folder, and who watches and may cancel.
 *
 * @param input normalisation; null means ImageNet statistics
 * @param pretrained torchvision backbone weights (.npz/.safetensors), or null for random init
 * @param resume continue from the checkpoint in {@code checkpointDir}
 */
public record TrainingRequest(
        String data,
        int dataLimit,
        Path output,
        NetworkOptions network,
        InputSpec input,
        TrainingConfig config,
        Path pretrained,
        Path checkpointDir,
        boolean resume,
        DeviceChoice device,
        TrainingListener listener,
        BooleanSupplier cancelled) {}
