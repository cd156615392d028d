/** The headless {@code protopnet} command line, thin over the service layer. */
package org.protopnet.fiji.cli;
