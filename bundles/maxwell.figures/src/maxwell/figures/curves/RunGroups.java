package maxwell.figures.curves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import maxwell.figures.data.RunFigureData;
import maxwell.figures.report.SettingsTable;

/** Groups runs that repeat one experiment with other seeds, so they are drawn as one curve with a band. */
public final class RunGroups {

    /** Settings that every repeat of an experiment changes without making it another experiment. */
    private static final Set<String> SEED_SETTINGS = Set.of("seed");

    private RunGroups() {
    }

    /** Runs whose settings are equal except for the seed form a group, named after its experiment; order kept. */
    public static List<RunGroup> bySettingsExceptSeed(List<RunFigureData> runs) {
        Map<Map<String, String>, List<RunFigureData>> byKey = new LinkedHashMap<>();
        for (RunFigureData run : runs) {
            Map<String, String> key = new LinkedHashMap<>(SettingsTable.of(run.experiment()));
            key.keySet().removeIf(SEED_SETTINGS::contains);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
        }
        List<RunGroup> groups = new ArrayList<>();
        for (List<RunFigureData> members : byKey.values()) {
            groups.add(members.size() == 1 ? RunGroup.of(members.get(0))
                    : new RunGroup(members.get(0).experiment().getName() + " (" + members.size() + " seeds)", members));
        }
        return groups;
    }
}
