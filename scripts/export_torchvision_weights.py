#!/usr/bin/env python3
"""Export a torchvision backbone's ImageNet weights for `protopnet train --pretrained FILE`.

Writes every state_dict tensor as float32 under its torchvision name, in .npz (default) or
.safetensors. The classifier head (fc.*, classifier.*) may stay in: the loader ignores it.

    python3 export_torchvision_weights.py --arch resnet34 --out resnet34.npz
    python3 export_torchvision_weights.py --arch vgg19_bn --checkpoint vgg19_bn.pth --out vgg19_bn.npz

Needs torch and torchvision on the machine where you run it (not on the Fiji machine).
"""
import argparse

import numpy as np
import torch
import torchvision

ARCHS = ["resnet18", "resnet34", "resnet50", "vgg11", "vgg11_bn", "vgg16", "vgg16_bn",
         "vgg19", "vgg19_bn", "densenet121"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", required=True, choices=ARCHS)
    parser.add_argument("--checkpoint", help="a .pth state_dict; default: torchvision's ImageNet weights")
    parser.add_argument("--out", required=True, help="FILE.npz or FILE.safetensors")
    args = parser.parse_args()

    if args.checkpoint:
        model = getattr(torchvision.models, args.arch)()
        state = torch.load(args.checkpoint, map_location="cpu")
        model.load_state_dict(state.get("state_dict", state))
    else:
        model = getattr(torchvision.models, args.arch)(weights="DEFAULT")
    tensors = {k: v.detach().cpu().float().numpy() for k, v in model.state_dict().items()}

    if args.out.endswith(".safetensors"):
        from safetensors.numpy import save_file
        save_file(tensors, args.out)
    else:
        np.savez(args.out, **tensors)
    print(f"wrote {len(tensors)} tensors of {args.arch} to {args.out}")


if __name__ == "__main__":
    main()
