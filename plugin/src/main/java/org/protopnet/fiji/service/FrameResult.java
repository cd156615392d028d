package org.protopnet.fiji.service;

import org.protopnet.model.explain.Box;
import org.protopnet.model.explain.Evidence;
import org.protopnet.model.explain.Explanation;

/**
 * One frame's explanation, with the size of the image it came from so that evidence boxes (in the
 * model's S x S input coordinates) can be drawn on the image itself.
 *
 * @param source where the image came from (a path or id)
 * @param frame 0-based frame index within its file
 * @param width the image's width in pixels
 * @param height the image's height in pixels
 */
public record FrameResult(
        String source, int frame, int width, int height, Explanation explanation) {
    /**
     * The evidence's box on this image's pixels: the {@link PeakRegion} of its similarity map (the
     * connected 95th-percentile region around the strongest match), mapped from S x S input
     * coordinates.
     */
    public Box imageBox(Evidence e) {
        int s = e.activation().width();
        int t = e.activation().height();
        return PeakRegion.of(e.activation())
                .scaled((double) width / s, (double) height / t)
                .clipped(width, height);
    }

    /** This result with another frame index. */
    FrameResult withFrame(int f) {
        return new FrameResult(source, f, width, height, explanation);
    }
}
