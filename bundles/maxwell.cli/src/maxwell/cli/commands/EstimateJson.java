package maxwell.cli.commands;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import maxwell.info.estimate.Estimate;

/** The JSON form of an estimate (written by hand: the CLI has no JSON library). */
final class EstimateJson {

    private EstimateJson() {
    }

    static String of(String quantity, String file, int[] x, int[] y, int[] z, Estimate e) {
        StringBuilder s = new StringBuilder("{");
        s.append("\"quantity\":").append(string(quantity));
        s.append(",\"file\":").append(string(file));
        s.append(",\"x\":").append(Arrays.toString(x).replace(" ", ""));
        s.append(",\"y\":").append(Arrays.toString(y).replace(" ", ""));
        if (z != null) {
            s.append(",\"z\":").append(Arrays.toString(z).replace(" ", ""));
        }
        s.append(",\"bits\":").append(number(e.bits()));
        s.append(",\"estimator\":").append(string(e.estimator()));
        s.append(",\"samples\":").append(e.samples());
        s.append(",\"parameters\":{").append(e.parameters().entrySet().stream()
                .map((Map.Entry<String, String> p) -> string(p.getKey()) + ":" + string(p.getValue()))
                .collect(Collectors.joining(","))).append('}');
        s.append(",\"surrogates\":{\"count\":").append(e.surrogates().count()).append(",\"mean\":")
                .append(number(e.surrogates().mean())).append(",\"p95\":").append(number(e.surrogates().percentile95())).append('}');
        s.append(",\"interval\":{\"low\":").append(number(e.interval().low())).append(",\"high\":")
                .append(number(e.interval().high())).append(",\"level\":").append(number(e.interval().level()))
                .append(",\"resamples\":").append(e.interval().resamples()).append(",\"method\":")
                .append(string(e.interval().method())).append('}');
        s.append(",\"notDistinguishableFromZero\":").append(e.insideSurrogateBand());
        s.append(",\"negative\":").append(e.negative());
        s.append(",\"warnings\":[").append(e.warnings().stream().map(EstimateJson::string).collect(Collectors.joining(",")))
                .append("]}");
        return s.toString();
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g", v) : "null";
    }

    static String string(String v) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
