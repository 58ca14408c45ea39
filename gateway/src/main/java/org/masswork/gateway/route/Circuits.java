package org.masswork.gateway.route;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each service's {@link Circuit}, one for everything the gateway sends it: proxied requests and the dashboard's
 * reads. Created at start, so the metrics are there before the first request:
 * {@code masswork.gateway.circuit.state} (per service and state, 1 for the state the circuit is in) and
 * {@code masswork.gateway.circuit.refusals} (per service).
 */
@Startup
@ApplicationScoped
public class Circuits {

    private final Map<String, Circuit> byService = new HashMap<>();
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    Circuits(GatewayConfig config, MeterRegistry registry) {
        this.registry = registry;
        config.routes().forEach((service, route) -> {
            Circuit circuit = new Circuit(service, route.circuit().failuresToOpen(), route.circuit().openFor(), System::nanoTime);
            byService.put(service, circuit);
            for (Circuit.State state : Circuit.State.values()) {
                meters.add(Gauge.builder("masswork.gateway.circuit.state", circuit, c -> c.state() == state ? 1 : 0)
                        .description("1 for the state the service's circuit is in, 0 for the others")
                        .tags("service", service, "state", state.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
            meters.add(FunctionCounter.builder("masswork.gateway.circuit.refusals", circuit, Circuit::refusals)
                    .description("Requests for the service answered 503 at once while its circuit was open")
                    .tags("service", service)
                    .register(registry));
        });
    }

    public Circuit of(String service) {
        return byService.get(service);
    }

    /**
     * The registry can outlive the application (the tests start several in one JVM): a meter left behind would
     * keep reading this application's circuits, and the next one's would not be registered under the same name.
     */
    @PreDestroy
    void removeMeters() {
        meters.forEach(registry::remove);
    }
}
