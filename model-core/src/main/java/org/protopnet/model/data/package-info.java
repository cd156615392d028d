/**
 * Training data: labelled image sets from class folders, CSV manifests and IDX files, the
 * preprocessing stored with every model, and online augmentation.
 */
package org.protopnet.model.data;
