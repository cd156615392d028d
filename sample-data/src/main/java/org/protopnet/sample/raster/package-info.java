/**
 * Float images and the few drawing operations the synthetic anatomy needs (soft ellipses, soft line
 * segments, separable Gaussian blur, smooth random fields), all reproducible bit for bit.
 */
package org.protopnet.sample.raster;
