package org.protopnet.model.push;

import java.util.List;
import org.protopnet.model.explain.Box;
import org.protopnet.model.nn.ConvGeometry;

/**
 * The receptive field of the latent grid, from the backbone's layer list (kernel, stride, padding),
 * by the standard arithmetic the authors' {@code compute_proto_layer_rf_info_v2} uses: output size
 * n, jump j, field size r and centre of the first cell, layer by layer.
 *
 * <pre>
 * ReceptiveField rf = ReceptiveField.of(net.geometry(), 224);
 * Box box = rf.box(3, 4); // pixels that latent cell (h=3, w=4) sees, clipped to the image
 * </pre>
 *
 * @param size the latent grid size n at this image size
 * @param jump input pixels between neighbouring latent cells
 * @param field the nominal (unclipped) receptive field in pixels
 * @param start the input coordinate of the first latent cell's centre
 */
public record ReceptiveField(int imageSize, int size, double jump, double field, double start) {

    /** The receptive field after {@code layers} at input size {@code imageSize}. */
    public static ReceptiveField of(List<ConvGeometry> layers, int imageSize) {
        double n = imageSize;
        double j = 1;
        double r = 1;
        double start = 0.5;
        for (ConvGeometry g : layers) {
            n = Math.floor((n - g.kernel() + 2.0 * g.padding()) / g.stride()) + 1;
            start += ((g.kernel() - 1) / 2.0 - g.padding()) * j;
            r += (g.kernel() - 1) * j;
            j *= g.stride();
        }
        return new ReceptiveField(imageSize, (int) n, j, r, start);
    }

    /** The nominal field size in whole pixels (may exceed the image). */
    public int nominal() {
        return (int) Math.round(field);
    }

    /** The input pixels latent cell (h, w) sees, clipped to the image. */
    public Box box(int h, int w) {
        return new Box(lo(w), lo(h), hi(w), hi(h));
    }

    private int lo(int index) {
        return Math.max((int) (start + index * jump - field / 2), 0);
    }

    private int hi(int index) {
        return Math.min((int) (start + index * jump + field / 2), imageSize);
    }
}
