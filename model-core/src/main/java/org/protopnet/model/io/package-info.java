/**
 * Tensors on disk: NumPy {@code .npy}/{@code .npz} and {@code .safetensors}, read with every length
 * checked against the file, and PyTorch-style state dicts built from them.
 */
package org.protopnet.model.io;
