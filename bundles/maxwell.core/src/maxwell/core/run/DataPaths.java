package maxwell.core.run;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;

import maxwell.model.DatasetSpec;
import maxwell.model.Domain;
import maxwell.model.Experiment;

/**
 * A run keeps its own copy of the experiment in its own folder, where paths relative to the
 * user's experiment file would point nowhere: the copy gets them absolute.
 */
final class DataPaths {

    private DataPaths() {
    }

    static Experiment absolute(Experiment experiment, Path experimentFile) {
        Experiment copy = EcoreUtil.copy(experiment);
        DatasetSpec data = copy.getData();
        if (data == null || experimentFile == null) {
            return copy;
        }
        Path base = experimentFile.toAbsolutePath().getParent();
        data.setDataLocation(resolve(base, data.getDataLocation()));
        data.setContentLabels(resolve(base, data.getContentLabels()));
        for (Domain domain : data.getDomains()) {
            domain.setLocation(resolve(base, domain.getLocation()));
        }
        return copy;
    }

    private static String resolve(Path base, String location) {
        if (location == null || location.isBlank()) {
            return location;
        }
        return base.resolve(location).normalize().toString();
    }
}
