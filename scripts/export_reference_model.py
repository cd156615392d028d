#!/usr/bin/env python3
"""Export a model trained with the authors' ProtoPNet code (cfchen-duke/ProtoPNet) for
`protopnet import-reference --state-dict STATE.npz --settings SETTINGS.json --out M.protopnet`.

Run it inside the authors' repository (its model.py must be importable, because their
torch.save() pickles the whole PPNet):

    python3 export_reference_model.py --model saved_models/.../10push0.7413.pth \
        --img-size 224 --add-on bottleneck --out-prefix cub_resnet34

The architecture, prototype shape, class count and activation are read from the model itself;
image size and add-on type are not recoverable from the weights alone, so give them (they are
in the authors' settings.py as img_size and add_on_layers_type).
"""
import argparse
import json

import numpy as np
import torch


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True, help="a .pth saved by the authors' save.py")
    parser.add_argument("--img-size", type=int, required=True)
    parser.add_argument("--add-on", required=True, choices=["regular", "bottleneck"])
    parser.add_argument("--base-architecture", help="e.g. resnet34 (default: guessed from the features module)")
    parser.add_argument("--mean", type=float, nargs=3, default=[0.485, 0.456, 0.406])
    parser.add_argument("--std", type=float, nargs=3, default=[0.229, 0.224, 0.225])
    parser.add_argument("--out-prefix", required=True, help="writes PREFIX_state_dict.npz and PREFIX_settings.json")
    args = parser.parse_args()

    ppnet = torch.load(args.model, map_location="cpu")
    ppnet = getattr(ppnet, "module", ppnet)  # unwrap DataParallel
    state = {k: v.detach().cpu().float().numpy() for k, v in ppnet.state_dict().items()}
    np.savez(f"{args.out_prefix}_state_dict.npz", **state)

    arch = args.base_architecture or guess_architecture(repr(ppnet.features))
    settings = {
        "config": {
            "base_architecture": arch,
            "img_size": args.img_size,
            "prototype_shape": list(ppnet.prototype_shape),
            "num_classes": int(ppnet.num_classes),
            "prototype_activation_function": ppnet.prototype_activation_function,
            "add_on_layers_type": args.add_on,
            "epsilon": float(getattr(ppnet, "epsilon", 1e-4)),
        },
        "preprocessing": {"mean": args.mean, "std": args.std},
    }
    with open(f"{args.out_prefix}_settings.json", "w") as f:
        json.dump(settings, f, indent=2)
    print(f"wrote {args.out_prefix}_state_dict.npz ({len(state)} tensors) and {args.out_prefix}_settings.json")


def guess_architecture(features_repr):
    """The authors' feature modules print as 'resnet34_features', 'densenet121_features' or
    'VGG19, batch_norm=True'."""
    import re
    text = features_repr.strip().lower()
    vgg = re.match(r"vgg(\d+), batch_norm=(true|false)", text)
    if vgg:
        return f"vgg{vgg.group(1)}" + ("_bn" if vgg.group(2) == "true" else "")
    named = re.match(r"(resnet\d+|densenet\d+)", text)
    if named:
        return named.group(1)
    raise SystemExit("cannot tell the backbone from the model; pass --base-architecture")


if __name__ == "__main__":
    main()
