// ProtoPNet for Fiji: classify every study under a folder (Plugins > ProtoPNet > Batch Classify Studies...).
//
// Arguments, as key=value pairs (put [brackets] around values with spaces):
//   input=    folder of studies: DICOM files, study folders, images (walked)          (required)
//   model=    the model bundle (*.protopnet)                                          (required)
//   output=   folder for results.csv and the formats asked for                        (required)
//   formats=csv,html,png  (also json, dicom)   top=3  workers=1  resume=true  phi=false  device=auto
// Unreadable studies are listed in OUTPUT/failures.csv and the batch goes on; a second run with
// resume=true skips the studies already done (also after a crash or Esc).
//
// Fiji, headless:
//   ImageJ-linux64 --headless --console -macro batch_classify.ijm "input=[/data/studies] model=[/models/us.protopnet] output=[/data/results]"

args = getArgument();
input = arg(args, "input", "");
model = arg(args, "model", "");
output = arg(args, "output", "");
if (input == "" || model == "" || output == "")
    exit("batch_classify.ijm: input=, model= and output= are required");

options = "input=[" + input + "] model=[" + model + "] output=[" + output + "]"
    + " formats=" + arg(args, "formats", "csv,html,png")
    + " top=" + arg(args, "top", "3")
    + " workers=" + arg(args, "workers", "1")
    + " device=" + arg(args, "device", "auto");
resume = arg(args, "resume", "true");
if (resume == "true")
    options = options + " resume";
phi = arg(args, "phi", "false");
if (phi == "true")
    options = options + " phi";
run("Batch Classify Studies...", options);

if (!File.exists(output + File.separator + "results.csv"))
    exit("batch_classify.ijm: no results.csv was written (see the Log window)");
print("batch_classify.ijm: results in " + output);

// The value of key in a macro-options string, or fallback.
function arg(args, key, fallback) {
    return call("ij.Macro.getValue", args, key, fallback);
}
