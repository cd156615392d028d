// ProtoPNet for Fiji: prune impure prototypes (Plugins > ProtoPNet > Prune Prototypes...).
//
// Arguments, as key=value pairs (put [brackets] around values with spaces):
//   model=    the bundle to prune (*.protopnet)                                       (required)
//   dataset=  its training data: a folder per class or a CSV manifest                 (required)
//   output=   the pruned bundle; empty: MODEL-pruned.protopnet beside the model
//   k=6  tau=3  device=auto
// A prototype goes when fewer than tau of its k nearest training patches (one per image) are of
// its class; the last layer is then retrained. Writes OUTPUT and OUTPUT-prune.txt (what was
// removed and why, accuracy before and after) and opens the "Pruned prototypes" table.
//
// Fiji, headless:
//   ImageJ-linux64 --headless --console -macro prune.ijm "model=[/models/us.protopnet] dataset=[/data/us/labels.csv]"

args = getArgument();
model = arg(args, "model", "");
dataset = arg(args, "dataset", "");
output = arg(args, "output", "");
if (model == "" || dataset == "")
    exit("prune.ijm: model= and dataset= are required");

options = "model=[" + model + "] dataset=[" + dataset + "]"
    + " k=" + arg(args, "k", "6") + " tau=" + arg(args, "tau", "3")
    + " device=" + arg(args, "device", "auto");
if (output != "")
    options = options + " output=[" + output + "]";
run("Prune Prototypes...", options);

// The value of key in a macro-options string, or fallback.
function arg(args, key, fallback) {
    return call("ij.Macro.getValue", args, key, fallback);
}
