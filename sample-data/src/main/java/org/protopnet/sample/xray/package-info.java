/**
 * X-ray-like radiographs: a chest (lung fields, ribs, heart, clavicles, vessels) or a long bone
 * (soft tissue, cortex, medulla, joint end) painted as a density map, optionally with a round
 * nodule or a thin linear fracture, then stored as 12-16 bit CR or DX, MONOCHROME1 or 2.
 */
package org.protopnet.sample.xray;
