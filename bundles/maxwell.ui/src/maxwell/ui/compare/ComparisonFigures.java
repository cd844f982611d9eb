package maxwell.ui.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import maxwell.core.analysis.SnapshotAdapter;
import maxwell.figures.Figure;
import maxwell.figures.compose.SideBySide;
import maxwell.figures.curves.MetricOverlay;
import maxwell.figures.curves.RunGroup;
import maxwell.figures.curves.RunGroups;
import maxwell.figures.data.RunFigureData;
import maxwell.figures.demon.DemonDiagram;
import maxwell.figures.map.PartitionMap;
import maxwell.figures.plane.InformationPlane;

/**
 * The figures of a comparison, built from the runs' figure data and what the user chose: the
 * metric to overlay, the pinned baseline, the epoch at which figures are set side by side and the
 * colouring of the partition maps. The baseline comes first wherever runs sit side by side.
 */
public final class ComparisonFigures {

    /** What a figure tab of the comparison shows. */
    public enum Kind {
        CURVES("Curves"), DEMONS("Demon diagrams"), PLANES("Information planes"), MAPS("Partition maps");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The user's choices; {@code baseline} is a run id or null. */
    public record Choice(String metric, String baseline, double epoch, PartitionMap.ColourBy colourBy) {
    }

    private final List<RunFigureData> runs;
    private final List<RunGroup> groups;

    public ComparisonFigures(List<RunFigureData> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.runs = List.copyOf(runs);
        this.groups = RunGroups.bySettingsExceptSeed(runs);
    }

    public List<RunGroup> groups() {
        return groups;
    }

    /** Every metric any run logged, in the order first seen. */
    public List<String> metrics() {
        return runs.stream().flatMap(run -> run.metricNames().stream()).distinct().toList();
    }

    /** The epochs of all runs' evaluation points, ascending, without repeats: the stops of the epoch slider. */
    public List<Double> epochs() {
        return runs.stream().flatMapToDouble(run -> java.util.stream.IntStream.range(0, run.points()).mapToDouble(run::epochOf))
                .distinct().sorted().boxed().toList();
    }

    public Figure build(Kind kind, Choice choice) throws IOException {
        List<RunFigureData> ordered = baselineFirst(choice.baseline());
        String at = "epoch " + SnapshotAdapter.epochText(choice.epoch());
        return switch (kind) {
            case CURVES -> new MetricOverlay(groups, choice.metric(), baselineGroup(choice.baseline()), choice.epoch());
            case DEMONS -> {
                List<Figure> demons = new ArrayList<>();
                for (RunFigureData run : ordered) {
                    demons.add(new DemonDiagram(run, run.pointAtEpoch(choice.epoch())));
                }
                yield new SideBySide("demon-diagrams", "The demon of each run at " + at + " (or its last point before)",
                        demons, labels(ordered, choice.baseline()));
            }
            case PLANES -> new InformationPlane(ordered, choice.epoch());
            case MAPS -> {
                List<Figure> maps = new ArrayList<>();
                for (RunFigureData run : ordered) {
                    maps.add(new PartitionMap(run, run.pointAtEpoch(choice.epoch()), choice.colourBy()));
                }
                yield new SideBySide("partition-maps", "Partition maps of each run at " + at, maps,
                        labels(ordered, choice.baseline()));
            }
        };
    }

    private static List<String> labels(List<RunFigureData> runs, String baseline) {
        return runs.stream().map(run -> run.runId() + (run.runId().equals(baseline) ? " (baseline)" : "")).toList();
    }

    private List<RunFigureData> baselineFirst(String baseline) {
        List<RunFigureData> ordered = new ArrayList<>(runs);
        ordered.stream().filter(run -> run.runId().equals(baseline)).findFirst().ifPresent(run -> {
            ordered.remove(run);
            ordered.add(0, run);
        });
        return ordered;
    }

    /** The group holding the baseline run, or −1. */
    int baselineGroup(String baseline) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).runs().stream().anyMatch(run -> run.runId().equals(baseline))) {
                return g;
            }
        }
        return -1;
    }
}
