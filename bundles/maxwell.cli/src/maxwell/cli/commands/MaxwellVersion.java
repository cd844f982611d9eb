package maxwell.cli.commands;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The version of the running Maxwell, taken from its bundle (the build stamps the qualifier). */
final class MaxwellVersion {

    private MaxwellVersion() {
    }

    static String current() {
        Bundle bundle = FrameworkUtil.getBundle(MaxwellVersion.class);
        return bundle == null ? "(not running in OSGi)" : bundle.getVersion().toString();
    }
}
