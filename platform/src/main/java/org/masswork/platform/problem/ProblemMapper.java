package org.masswork.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.input.InputJson;
import org.masswork.platform.observability.RequestIds;
import org.masswork.platform.persistence.PersistenceFailure;

/** Turns every failure into an RFC 9457 problem+json response. No stack trace ever leaves the service. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ConstraintProblems constraintProblems;

    ProblemMapper(ConstraintProblems constraintProblems) {
        this.constraintProblems = constraintProblems;
    }

    @ServerExceptionMapper
    public Response domainProblem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.reason()).collect(Collectors.joining("; "));
        return respond(new Problem(ProblemTypes.uri("validation-failed"), "Invalid request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return respond(unreadable(e, path(uri)));
    }

    /** Wins over the framework's own mapper for this type, which would answer in plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return respond(unreadable(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationIncomplete(AuthenticationCompletionException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.uri("forbidden"), "Forbidden", 403,
                "Your role or scope does not allow this request", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(unreadable(json, path(uri)));
        }
        if (e.getCause() instanceof ProblemException problem) {
            return respond(problem.toProblem(path(uri)));
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null) {
            // The framework could not convert a parameter: JAX-RS makes that a 404 for a query or path parameter.
            // QueryParameterChecks names the query parameters it knows first; what is left is the client's too.
            return respond(new Problem(ProblemTypes.uri("invalid-parameter"), "Invalid request", 400,
                    "A parameter of the request has the wrong type or format", path(uri), List.of()));
        }
        if (status.getStatusCode() == 405) {
            // The Allow header says which methods the path has (RFC 9110, section 15.5.6).
            Response.ResponseBuilder answer = Response.fromResponse(respond(new Problem(ProblemTypes.uri("method-not-allowed"),
                    "Method not allowed", 405, "The path does not take this method", path(uri), List.of())));
            Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
            if (allow == null && uri != null) {
                allow = AllowedMethods.of(path(uri)).orElse(null);
            }
            if (allow != null) {
                answer.header(HttpHeaders.ALLOW, allow);
            }
            return answer.build();
        }
        return respond(new Problem(ProblemTypes.uri("http-" + status.getStatusCode()), status.getReasonPhrase(),
                status.getStatusCode(), e.getMessage(), path(uri), List.of()));
    }

    /** A client may retry a request refused because the database is out of reach after this many seconds. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /**
     * The last resort: a broken constraint the service declared a problem for ({@link ConstraintProblem}) becomes
     * that problem, other known persistence conflicts 409, a database out of reach or too busy 503 (the client may
     * retry), everything else a 500 whose reference is the request's id.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (isFormDecoding(e)) {
            // The message holds the undecodable form text: neither logged nor answered.
            return respond(new Problem(ProblemTypes.uri("malformed-form"), "Malformed request body", 400,
                    "The form is not URL-encoded UTF-8 (a % not followed by two hexadecimal digits)", path(uri), List.of()));
        }
        Optional<ProblemException> declared = PersistenceFailure.constraintName(e).flatMap(constraintProblems::of);
        if (declared.isPresent()) {
            return respond(declared.get().toProblem(path(uri)));
        }
        PersistenceFailure failure = PersistenceFailure.of(e);
        if (failure == PersistenceFailure.CONCURRENT_UPDATE) {
            return respond(new Problem(ProblemTypes.uri("concurrent-update"), "Conflict with the current state", 409,
                    "Someone else changed this record meanwhile; reload it and try again", path(uri), List.of()));
        }
        if (failure == PersistenceFailure.DUPLICATE && PersistenceFailure.constraintName(e)
                .filter(IdempotentCreates.KEY_CONSTRAINT::equals).isPresent()) {
            return respond(new Problem(ProblemTypes.uri("idempotency-key-in-use"), "Conflict with the current state", 409,
                    "A request with this Idempotency-Key is being taken right now; retry it to get its result", path(uri),
                    List.of()));
        }
        if (failure == PersistenceFailure.DUPLICATE) {
            return respond(new Problem(ProblemTypes.uri("duplicate"), "Conflict with the current state", 409,
                    "A record with the same unique values already exists", path(uri), List.of()));
        }
        if (failure == PersistenceFailure.DATABASE_UNAVAILABLE) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), e.getClass().getName());
            return retryLater("The service cannot reach its database; retry in a few seconds", uri);
        }
        if (failure == PersistenceFailure.RETRYABLE) {
            LOG.warnf("Database busy on %s: %s", path(uri), e.getClass().getName());
            return retryLater("The database is busy and did not take this request; retry in a few seconds", uri);
        }
        // The request's id (RequestIds), which the log line carries too: an operator finds the failure by it.
        String reference = headers.getHeaderString(RequestIds.HEADER);
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return respond(new Problem(ProblemTypes.uri("internal-error"), "Internal error", 500,
                "The request failed unexpectedly; reference " + reference, path(uri), List.of()));
    }

    /**
     * The framework's form reader failing on a malformed percent-escape: an IllegalArgumentException thrown from its URL
     * decoder while the form is parsed (the framework has no type of its own for it).
     */
    private static boolean isFormDecoding(Exception e) {
        if (!(e instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith(FORM_READER)) {
                return true;
            }
        }
        return false;
    }

    private static final String FORM_READER = "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition";

    private static Response retryLater(String detail, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(ProblemTypes.uri("service-unavailable"), "Service unavailable", 503,
                        detail, path(uri), List.of())))
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
    }

    private static Problem unreadable(JsonProcessingException e, String instance) {
        List<Problem.FieldError> errors = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : e instanceof InputJson.RefusedValue refused ? refused.reason() : "has the wrong type or format";
            errors = List.of(new Problem.FieldError(field, reason));
        }
        if (e instanceof InputJson.RefusedValue && !errors.isEmpty()) {
            Problem.FieldError error = errors.get(0);
            return new Problem(ProblemTypes.uri("validation-failed"), "Invalid request", 400,
                    error.field() + ": " + error.reason(), instance, errors);
        }
        return new Problem(ProblemTypes.uri("malformed-body"), "Malformed request body", 400,
                "The body is not valid JSON of the expected shape", instance, errors);
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(ProblemTypes.uri("unauthorized"), "Unauthorized", 401,
                        "A valid bearer token is required", path(uri), List.of()))
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.request.name} becomes {@code name}; a query parameter keeps its own name. */
    private static String fieldName(Path path) {
        String property = null;
        String parameter = null;
        StringBuilder properties = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (properties.length() > 0) {
                    properties.append('.');
                }
                properties.append(node.getName());
                if (node.getIndex() != null) {
                    properties.append('[').append(node.getIndex()).append(']');
                }
                property = properties.toString();
            }
        }
        if (property != null) {
            return property;
        }
        return parameter != null ? parameter : path.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
