// ProtoPNet for Fiji: classify and explain one image or study (Plugins > ProtoPNet > Classify Image).
//
// Arguments, as key=value pairs (put [brackets] around values with spaces):
//   model=    the model bundle (*.protopnet)                                          (required)
//   input=    a DICOM file (every frame), a folder of one series, or a PNG/JPEG/TIFF file;
//             empty: the active image
//   output=   folder for NAME-overlay.png (NAME-frameNNN-overlay.png per frame), NAME-panel.png
//             ("this looks like that") and NAME-results.csv; empty: show only
//   top=5  device=auto
// Leaves the explained image (with its overlay), the panel and the "Results" table open.
//
// Fiji, headless:
//   ImageJ-linux64 --headless --console -macro classify_image.ijm "model=[/models/us.protopnet] input=[/data/cine.dcm] output=[/tmp/out]"

args = getArgument();
model = arg(args, "model", "");
input = arg(args, "input", "");
output = arg(args, "output", "");
if (model == "")
    exit("classify_image.ijm: model= is required");
if (input == "" && nImages == 0)
    exit("classify_image.ijm: no input= and no image open");

options = "model=[" + model + "] top=" + arg(args, "top", "5") + " device=" + arg(args, "device", "auto");
if (input != "")
    options = options + " input=[" + input + "]";
if (output != "")
    options = options + " output=[" + output + "]";
run("Classify Image", options);

if (nResults > 0)
    print("classify_image.ijm: " + getResultString("Predicted", nResults - 1)
        + " (" + nResults + " result rows)");

// The value of key in a macro-options string, or fallback.
function arg(args, key, fallback) {
    return call("ij.Macro.getValue", args, key, fallback);
}
