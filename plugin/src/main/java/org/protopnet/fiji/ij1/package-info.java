/**
 * ImageJ 1 side of the Fiji commands: the {@code ij.plugin.PlugIn} bridges listed in {@code
 * plugins.config} (the only menu source, under Plugins &gt; ProtoPNet), which show a {@code
 * GenericDialog} for a command's parameters (or read them from the macro options) and run the same
 * SciJava command class; and the conversions between ImageJ images and the service layer's.
 */
package org.protopnet.fiji.ij1;
