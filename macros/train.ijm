// ProtoPNet for Fiji: train a model (Plugins > ProtoPNet > Train Model...).
//
// Arguments, as key=value pairs (put [brackets] around values with spaces):
//   dataset=   a folder with a folder per class, or a CSV manifest path,label[,split]  (required)
//   model=     the bundle to write, e.g. /models/xray.protopnet                        (required)
//   backbone=resnet18  size=224  prototypes=10  epochs=20  batch=64  augment=true  device=auto
//   pretrained=  torchvision backbone weights (.npz/.safetensors, scripts/export_torchvision_weights.py)
//   clustering=0  first epoch with the cluster and separation costs (0 = the paper; 20 of 30 helps
//                 a backbone trained from scratch find a small lesion first)
//   resume=false  true: continue the run saved in MODEL.checkpoints (after Esc or a crash)
// Writes MODEL, MODEL-history.csv, MODEL-curve.png, MODEL-training.log and MODEL.checkpoints/.
//
// Fiji, headless:
//   ImageJ-linux64 --headless --console -macro train.ijm "dataset=[/data/xray] model=[/models/xray.protopnet]"
// Press Esc to stop at the next batch (the checkpoint folder keeps the finished steps).

args = getArgument();
dataset = arg(args, "dataset", "");
model = arg(args, "model", "");
if (dataset == "" || model == "")
    exit("train.ijm: dataset= and model= are required");

options = "dataset=[" + dataset + "] model=[" + model + "]"
    + " backbone=" + arg(args, "backbone", "resnet18")
    + " size=" + arg(args, "size", "224")
    + " prototypes=" + arg(args, "prototypes", "10")
    + " epochs=" + arg(args, "epochs", "20")
    + " batch=" + arg(args, "batch", "64")
    + " clustering=" + arg(args, "clustering", "0")
    + " device=" + arg(args, "device", "auto");
augment = arg(args, "augment", "true");
if (augment == "true")
    options = options + " augment";
pretrained = arg(args, "pretrained", "");
if (pretrained != "")
    options = options + " pretrained=[" + pretrained + "]";
resume = arg(args, "resume", "false");
if (resume == "true")
    options = options + " resume";

run("Train Model...", options);

if (!File.exists(model))
    exit("train.ijm: no model was written (see the Log window)");
print("train.ijm: model written to " + model);

// The value of key in a macro-options string, or fallback.
function arg(args, key, fallback) {
    return call("ij.Macro.getValue", args, key, fallback);
}
