package org.protopnet.fiji.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the product version recorded in the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ProtoPNetCli.class.getPackage().getImplementationVersion();
        return new String[] {"protopnet " + (version == null ? "development build" : version)};
    }
}
