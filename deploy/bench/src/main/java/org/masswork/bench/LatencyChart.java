package org.masswork.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * An SVG chart of a burst over time, second by second: p50, p95 and p99 latency of all requests
 * (top), and requests answered per second with the errors among them (bottom).
 */
final class LatencyChart {

    private static final int WIDTH = 900;
    private static final int PANEL = 220;
    private static final int LEFT = 60;
    private static final int TOP = 40;
    private static final int GAP = 50;

    private LatencyChart() {
    }

    static String svg(String title, int concurrency, List<BurstRunner.Sample> samples) {
        List<LoadRunner.Result> seconds = perSecond(concurrency, samples);
        double maxLatency = Math.max(1, seconds.stream().mapToDouble(LoadRunner.Result::p99).max().orElse(1));
        double maxRequests = Math.max(1, seconds.stream().mapToLong(LoadRunner.Result::requests).max().orElse(1));
        double step = (WIDTH - LEFT - 20) / (double) Math.max(1, seconds.size());
        StringBuilder svg = new StringBuilder();
        int height = TOP + 2 * PANEL + GAP + 40;
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height));
        svg.append(format("<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n<text x=\"%d\" y=\"20\" font-size=\"15\">%s</text>%n", LEFT, title));
        axes(svg, TOP, "latency (ms)", maxLatency);
        line(svg, seconds, LoadRunner.Result::p50, maxLatency, step, "#1f77b4");
        line(svg, seconds, LoadRunner.Result::p95, maxLatency, step, "#ff7f0e");
        line(svg, seconds, LoadRunner.Result::p99, maxLatency, step, "#d62728");
        legend(svg, new String[]{"p50", "p95", "p99"}, new String[]{"#1f77b4", "#ff7f0e", "#d62728"});
        int bottom = TOP + PANEL + GAP;
        axes(svg, bottom, "requests per second", maxRequests);
        for (int i = 0; i < seconds.size(); i++) {
            LoadRunner.Result second = seconds.get(i);
            double ok = (second.requests() - second.errors()) / maxRequests * PANEL;
            double failed = second.errors() / maxRequests * PANEL;
            double x = LEFT + i * step;
            svg.append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#2ca02c\"/>%n",
                    x, bottom + PANEL - ok, Math.max(1, step - 1), ok));
            if (failed > 0) {
                svg.append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#d62728\"/>%n",
                        x, bottom + PANEL - ok - failed, Math.max(1, step - 1), failed));
            }
        }
        svg.append(format("<text x=\"%d\" y=\"%d\">seconds since the burst started (0 … %d); red bars: errors</text>%n",
                LEFT, bottom + PANEL + 30, seconds.size()));
        return svg.append("</svg>\n").toString();
    }

    /** The figures of the requests started in each second of the burst. */
    private static List<LoadRunner.Result> perSecond(int concurrency, List<BurstRunner.Sample> samples) {
        int length = (int) (samples.stream().mapToLong(BurstRunner.Sample::startNanos).max().orElse(0) / 1_000_000_000L) + 1;
        List<List<BurstRunner.Sample>> buckets = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            buckets.add(new ArrayList<>());
        }
        samples.forEach(sample -> buckets.get((int) (sample.startNanos() / 1_000_000_000L)).add(sample));
        List<LoadRunner.Result> seconds = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            seconds.add(BurstRunner.result("second " + i, concurrency, buckets.get(i), 1));
        }
        return seconds;
    }

    private static void axes(StringBuilder svg, int top, String label, double max) {
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, top, LEFT, top + PANEL));
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", LEFT, top + PANEL, WIDTH - 20, top + PANEL));
        for (double fraction : new double[]{0, 0.25, 0.5, 0.75, 1}) {
            double y = top + PANEL - fraction * PANEL;
            svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, WIDTH - 20, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", LEFT - 5, y + 4, fraction * max));
        }
        svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + 5, top - 5, label));
    }

    private static void line(StringBuilder svg, List<LoadRunner.Result> seconds, ToDoubleFunction<LoadRunner.Result> value,
                             double max, double step, String colour) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < seconds.size(); i++) {
            if (seconds.get(i).requests() > 0) {
                points.append(format("%.1f,%.1f ", LEFT + (i + 0.5) * step,
                        TOP + PANEL - value.applyAsDouble(seconds.get(i)) / max * PANEL));
            }
        }
        svg.append(format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n", colour, points.toString().trim()));
    }

    private static void legend(StringBuilder svg, String[] names, String[] colours) {
        for (int i = 0; i < names.length; i++) {
            int x = WIDTH - 200 + i * 60;
            svg.append(format("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    x, TOP - 10, colours[i], x + 16, TOP - 6, names[i]));
        }
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
