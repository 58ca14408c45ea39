package org.masswork.gateway.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.Problem;

/**
 * The framework's own refusals on the gateway's resources (a method a path lacks, a body of another media type, a
 * parameter it cannot convert) as problem+json, like the services' (their platform's ProblemMapper, which the gateway
 * does not depend on). A 405 carries {@code Allow}, found from the resources' annotations as the services find it.
 */
public class HttpFailureMapper {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static volatile List<Route> routes;

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String path = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        if (status == 405) {
            Response.ResponseBuilder answer = Response.fromResponse(Problem.of("method-not-allowed", Messages.METHOD_NOT_ALLOWED, 405,
                    Messages.METHOD_NOT_TAKEN, path, Language.current()).toResponse());
            String allow = path == null ? null : allowed(path);
            if (allow != null) {
                answer.header(HttpHeaders.ALLOW, allow);
            }
            return answer.build();
        }
        if (status == 404 && e.getCause() != null) {
            return Problem.of("invalid-parameter", Messages.INVALID_REQUEST, 400, Text.of("某个参数类型或格式错误",
                    "A parameter has the wrong type or format"), path, Language.current()).toResponse();
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return Problem.of("http-" + status, Text.of("请求被拒绝", reason), status, Text.of("网关以 HTTP " + status + " 拒绝了请求",
                "The gateway refused the request with HTTP " + status + " " + reason), path, Language.current()).toResponse();
    }

    private record Route(Pattern path, String method) {
    }

    private static String allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    /** Each {@code {parameter}} of a template matches one segment; a trailing slash is optional. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
        }
        String rest = template.substring(last).replaceFirst("/$", "");
        return Pattern.compile(regex + Pattern.quote(rest) + "/?");
    }

    private static List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                jakarta.ws.rs.Path root = bean.getBeanClass().getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : bean.getBeanClass().getMethods()) {
                    for (var annotation : method.getAnnotations()) {
                        HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                        if (http != null) {
                            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                            String template = ("/" + root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                            found.add(new Route(pattern(template), http.value()));
                        }
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }
}
