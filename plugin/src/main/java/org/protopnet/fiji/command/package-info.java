/**
 * The Fiji commands: SciJava {@code Command}s over the service layer (train, classify, batch,
 * gallery, prune, open a DICOM study), each a thin shell that turns its parameters into a service
 * request and the outcome into ImageJ images, overlays, tables and files.
 *
 * <p>The commands carry no menu path: in Fiji the menu entries come from {@code plugins.config}
 * (the ImageJ 1 bridges in {@code org.protopnet.fiji.ij1}, which run these same classes), so each
 * entry appears once, and the same macros run in Fiji and in plain ImageJ 1.54. Parameter names are
 * lower case, one word: they are the macro keys.
 *
 * <pre>{@code
 * context.service(CommandService.class).run(TrainModelCommand.class, true,
 *         "dataset", "/data/xray", "model", new File("xray.protopnet"), "epochs", 20).get();
 * }</pre>
 */
package org.protopnet.fiji.command;
