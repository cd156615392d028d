// ProtoPNet for Fiji: open a DICOM study through dicom-io (Plugins > ProtoPNet > Open DICOM Study...).
//
// Arguments, as key=value pairs (put [brackets] around values with spaces):
//   input=    a DICOM file (every frame) or a folder of one series                   (required)
//   output=   save the stack as this TIFF (calibration and key tags kept); empty: leave it open
//   phi=false true: patient identifiers in the image info (and so in the TIFF)
// Grey images hold modality values (32 bit, the file's window as display range); the pixel size
// comes from Pixel Spacing (or Imager Pixel Spacing, or the ultrasound region), the frame
// interval from Frame Time.
//
// Fiji, headless:
//   ImageJ-linux64 --headless --console -macro open_dicom_study.ijm "input=[/data/cine.dcm] output=[/tmp/cine.tif]"

args = getArgument();
input = arg(args, "input", "");
output = arg(args, "output", "");
if (input == "")
    exit("open_dicom_study.ijm: input= is required");
if (output != "")
    setBatchMode(true);

options = "input=[" + input + "]";
phi = arg(args, "phi", "false");
if (phi == "true")
    options = options + " phi";
run("Open DICOM Study...", options);

if (output != "") {
    saveAs("Tiff", output);
    print("open_dicom_study.ijm: " + nSlices + " frame(s) saved to " + output);
}

// The value of key in a macro-options string, or fallback.
function arg(args, key, fallback) {
    return call("ij.Macro.getValue", args, key, fallback);
}
