/**
 * ProtoPNet for Fiji: the SciJava commands, the ImageJ macro surface and the headless command line,
 * all thin over one service layer.
 */
package org.protopnet.fiji;
