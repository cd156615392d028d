// ProtoPNet for Fiji: a model's prototype gallery (Plugins > ProtoPNet > Show Prototypes).
//
// Arguments, as key=value pairs (put [brackets] around values with spaces):
//   model=    the model bundle (*.protopnet)                                          (required)
//   output=   folder for prototypes-CLASS.png and index.html; empty: MODEL-prototypes beside the model
// Leaves the gallery open as a stack with one slice per class.
//
// Fiji, headless:
//   ImageJ-linux64 --headless --console -macro show_prototypes.ijm "model=[/models/us.protopnet] output=[/tmp/gallery]"

args = getArgument();
model = arg(args, "model", "");
output = arg(args, "output", "");
if (model == "")
    exit("show_prototypes.ijm: model= is required");

options = "model=[" + model + "]";
if (output != "")
    options = options + " output=[" + output + "]";
run("Show Prototypes", options);

// The value of key in a macro-options string, or fallback.
function arg(args, key, fallback) {
    return call("ij.Macro.getValue", args, key, fallback);
}
