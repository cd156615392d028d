/**
 * Pictures a clinician reads: evidence overlays (heat maps and labelled boxes on the image), "this
 * looks like that" panels (a region of the image beside the prototype's part of its training case),
 * and the HTML report that gathers them. Plain AWT images, no ImageJ.
 */
package org.protopnet.fiji.render;
