package org.masswork.gateway;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway's metrics as Prometheus reads them at {@code /q/metrics}. */
final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private Metrics() {
    }

    /** Every sample of the metric {@code name}, whatever its labels. */
    static List<Sample> samples(String name) {
        String text = Management.request().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(line -> !line.startsWith("#")).map(SAMPLE::matcher).filter(Matcher::matches)
                .filter(sample -> sample.group(1).equals(name))
                .map(sample -> new Sample(name, labels(sample.group(2)), Double.parseDouble(sample.group(3))))
                .toList();
    }

    /** The sum of the samples of {@code name} that carry all of {@code labels}; 0 when there are none. */
    static double value(String name, Map<String, String> labels) {
        return samples(name).stream().filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).sum();
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new HashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
