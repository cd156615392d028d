package org.protopnet.fiji.ij1;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import java.awt.EventQueue;
import java.awt.image.BufferedImage;
import java.util.List;
import org.protopnet.model.train.EpochMetrics;
import org.protopnet.model.train.TrainingCurve;

/**
 * A live window with the training curves (loss, accuracies per step), redrawn after every step on
 * the event thread. Only made when there is a display.
 */
final class TrainingCurveWindow {
    private ImagePlus image;

    /**
     * Redraws the curves from {@code history} (a snapshot is taken here, on the caller's thread).
     */
    void update(List<EpochMetrics> history) {
        BufferedImage picture = TrainingCurve.render(List.copyOf(history));
        EventQueue.invokeLater(
                () -> {
                    ColorProcessor ip = new ColorProcessor(picture);
                    if (image == null || image.getWindow() == null) {
                        image = new ImagePlus("ProtoPNet training curve", ip);
                        image.show();
                    } else {
                        image.setProcessor(ip);
                        image.updateAndDraw();
                    }
                });
    }
}
