/** Pictures of what the network sees: the JET colour map and heat-map overlays. */
package org.protopnet.model.visual;
