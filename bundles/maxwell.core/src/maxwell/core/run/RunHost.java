package maxwell.core.run;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** With which Maxwell a run trains, for its record. */
final class RunHost {

    private RunHost() {
    }

    static String maxwellVersion() {
        Bundle bundle = FrameworkUtil.getBundle(RunHost.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }
}
