package org.masswork.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every container runs an image pinned by digest, as deploy/images/build.sh writes them, the same images in both
 * overlays, with the JVM options that size its heap from the container's memory limit.
 */
class ImagesTest {

    private static final Pattern PINNED =
            Pattern.compile("[a-z0-9.-]+(?::\\d+)?/masswork/([a-z-]+):([0-9A-Za-z._-]+)@(sha256:[0-9a-f]{64})");

    @Test
    void shouldPinTheSameImagesByDigestInBothOverlays() {
        Map<String, String> county = pinned("county");
        Map<String, String> province = pinned("province");

        assertThat(county).containsOnlyKeys("cadre-service", "case-service", "evaluation-service",
                "risk-assessment-service", "gateway");
        assertThat(province).isEqualTo(county);
    }

    @Test
    void shouldSizeEveryJvmHeapFromItsContainersMemoryLimit() {
        for (JsonNode deployment : deployments("county")) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            String options = null;
            for (JsonNode variable : container.path("env")) {
                if (variable.path("name").asText().equals("JDK_JAVA_OPTIONS")) {
                    options = variable.path("value").asText();
                }
            }
            String name = deployment.at("/metadata/name").asText();
            assertThat(options).as(name + " JDK_JAVA_OPTIONS").contains("-XX:MaxRAMPercentage=")
                    .doesNotContain("-Xmx", "-XX:MaxRAM=");
            assertThat(container.at("/resources/limits/memory").asText()).as(name).isNotEmpty();
        }
    }

    /** Each Deployment's image, as "tag@digest", checking that it names its own image and a digest. */
    private static Map<String, String> pinned(String overlay) {
        Map<String, String> images = new TreeMap<>();
        for (JsonNode deployment : deployments(overlay)) {
            String name = deployment.at("/metadata/name").asText();
            String image = deployment.at("/spec/template/spec/containers/0/image").asText();
            Matcher matcher = PINNED.matcher(image);
            assertThat(matcher.matches()).as(overlay + " " + name + ": <registry>/masswork/<name>:<tag>@sha256:<digest>, not " + image)
                    .isTrue();
            assertThat(matcher.group(1)).as(overlay + " " + name + "'s image").isEqualTo(name);
            images.put(name, matcher.group(2) + "@" + matcher.group(3));
        }
        return images;
    }

    private static Iterable<JsonNode> deployments(String overlay) {
        return Kustomize.onThisMachine().render(Module.dir().resolve("overlays").resolve(overlay)).stream()
                .filter(document -> "Deployment".equals(document.path("kind").asText())).toList();
    }
}
