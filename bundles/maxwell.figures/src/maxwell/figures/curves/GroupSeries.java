package maxwell.figures.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import maxwell.core.store.MetricPoint;
import maxwell.figures.data.RunFigureData;

/**
 * A metric of a run group as one curve: per step logged by every run of the group, the mean and
 * the min–max band over the runs. Step-level metrics are noisy, so each run is first averaged over
 * windows that leave about {@link #SMOOTHING_POINTS} points.
 */
public final class GroupSeries {

    /** Step-level metrics are noisy: a moving average over about this many points per run. */
    public static final int SMOOTHING_POINTS = 60;

    /** One point of a group's curve. */
    public record Point(long step, double epoch, double mean, double min, double max) {
    }

    private GroupSeries() {
    }

    /** The group's curve of {@code metric}, each value multiplied by {@code factor} (a unit change). */
    public static List<Point> of(RunGroup group, String metric, double factor) {
        Map<Long, double[]> byStep = new TreeMap<>();
        for (RunFigureData run : group.runs()) {
            for (MetricPoint p : smooth(run.metric(metric))) {
                double v = p.value() * factor;
                double[] acc = byStep.computeIfAbsent(p.step(),
                        s -> new double[] { p.epoch(), 0, Double.MAX_VALUE, -Double.MAX_VALUE, 0 });
                acc[1] += v;
                acc[2] = Math.min(acc[2], v);
                acc[3] = Math.max(acc[3], v);
                acc[4]++;
            }
        }
        List<Point> out = new ArrayList<>();
        int runs = group.runs().size();
        for (Map.Entry<Long, double[]> e : byStep.entrySet()) {
            double[] acc = e.getValue();
            if (acc[4] == runs) { // a step some seeds have not reached yet would bias the mean
                out.add(new Point(e.getKey(), acc[0], acc[1] / runs, acc[2], acc[3]));
            }
        }
        return out;
    }

    static List<MetricPoint> smooth(List<MetricPoint> points) {
        int window = Math.max(1, points.size() / SMOOTHING_POINTS);
        if (window == 1) {
            return points;
        }
        List<MetricPoint> out = new ArrayList<>();
        for (int i = 0; i + window <= points.size(); i += window) {
            double sum = 0;
            int n = 0;
            for (int j = i; j < i + window; j++) {
                if (Double.isFinite(points.get(j).value())) {
                    sum += points.get(j).value();
                    n++;
                }
            }
            MetricPoint last = points.get(i + window - 1);
            out.add(new MetricPoint(last.step(), last.epoch(), last.metric(), n == 0 ? Double.NaN : sum / n));
        }
        return out;
    }
}
