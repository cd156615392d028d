/**
 * Import of models trained with the authors' PyTorch ProtoPNet (cfchen-duke/ProtoPNet): their
 * {@code state_dict} exported to {@code .npz} and their settings as JSON.
 */
package org.protopnet.model.reference;
