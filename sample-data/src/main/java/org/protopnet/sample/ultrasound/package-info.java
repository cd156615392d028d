/**
 * Ultrasound-like B-mode scans: a curvilinear sector with layered tissue, depth attenuation and
 * Rayleigh speckle, optionally an anechoic cyst with posterior enhancement or an echogenic
 * irregular mass, as single frames or short cines in which the lesion drifts; stored as RGB or
 * YBR_FULL.
 */
package org.protopnet.sample.ultrasound;
