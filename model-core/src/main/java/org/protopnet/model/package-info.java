/**
 * ProtoPNet ("This looks like that", Chen et al. 2019) on DJL with the PyTorch engine: the network,
 * its losses and staged training, model bundles and the import of models trained with the authors'
 * code. Nothing here knows of DICOM or ImageJ.
 */
package org.protopnet.model;
