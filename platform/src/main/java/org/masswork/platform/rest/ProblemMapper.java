package org.masswork.platform.rest;

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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.input.InputJson;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.observability.RequestIds;
import org.masswork.platform.persistence.PersistenceFailure;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.Problem;
import org.masswork.platform.problem.ProblemException;

/** Turns every failure into an RFC 9457 problem+json response. No stack trace ever leaves the service. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ConstraintProblems constraintProblems;

    ProblemMapper(ConstraintProblems constraintProblems) {
        this.constraintProblems = constraintProblems;
    }

    private static final Text UNAUTHORIZED = Text.of("未认证", "Unauthorized");
    private static final Text FORBIDDEN = Text.of("无权访问", "Forbidden");
    private static final Text MALFORMED_BODY = Text.of("请求体格式错误", "Malformed request body");
    private static final Text SERVICE_UNAVAILABLE = Text.of("服务暂不可用", "Service unavailable");

    @ServerExceptionMapper
    public Response domainProblem(ProblemException e, UriInfo uri) {
        return respond(e, uri);
    }

    /** Each violation's message is already in the request's language (platform's ValidationLocale). */
    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        List<ProblemException.FieldReason> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemException.FieldReason(fieldName(v.getPropertyPath()), Text.resolved(v.getMessage())))
                .sorted(Comparator.comparing(ProblemException.FieldReason::field))
                .toList();
        return respond(new InvalidInputProblem(errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return respond(unreadable(e), uri);
    }

    /** Wins over the framework's own mapper for this type, which would answer in plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return respond(unreadable(e), uri);
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
        return respond(new ProblemException(403, "forbidden", FORBIDDEN,
                Text.of("您的角色或管辖范围不允许此请求", "Your role or scope does not allow this request")), uri);
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(unreadable(json), uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return respond(problem, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null) {
            // The framework could not convert a parameter: JAX-RS makes that a 404 for a query or path parameter.
            // QueryParameterChecks names the query parameters it knows first; what is left is the client's too.
            return respond(new ProblemException(400, "invalid-parameter", InvalidInputProblem.TITLE,
                    Text.of("请求的某个参数类型或格式错误", "A parameter of the request has the wrong type or format")), uri);
        }
        if (status.getStatusCode() == 405) {
            // The Allow header says which methods the path has (RFC 9110, section 15.5.6).
            Response.ResponseBuilder answer = Response.fromResponse(respond(new ProblemException(405, "method-not-allowed",
                    Text.of("不支持该方法", "Method not allowed"), Text.of("该路径不接受此方法", "The path does not take this method")), uri));
            Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
            if (allow == null && uri != null) {
                allow = AllowedMethods.of(path(uri)).orElse(null);
            }
            if (allow != null) {
                answer.header(HttpHeaders.ALLOW, allow);
            }
            return answer.build();
        }
        String reason = status.getReasonPhrase();
        return respond(new ProblemException(status.getStatusCode(), "http-" + status.getStatusCode(), Text.of(
                HTTP_TITLES.getOrDefault(status.getStatusCode(), "请求被拒绝"), reason), Text.of(
                "服务以 HTTP " + status.getStatusCode() + " 拒绝了请求", "The service refused the request with HTTP "
                        + status.getStatusCode() + " " + reason)), uri);
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
            return respond(new ProblemException(400, "malformed-form", MALFORMED_BODY, Text.of(
                    "表单不是 URL 编码的 UTF-8（某个 % 后面不是两位十六进制数字）",
                    "The form is not URL-encoded UTF-8 (a % not followed by two hexadecimal digits)")), uri);
        }
        Optional<ProblemException> declared = PersistenceFailure.constraintName(e).flatMap(constraintProblems::of);
        if (declared.isPresent()) {
            return respond(declared.get(), uri);
        }
        PersistenceFailure failure = PersistenceFailure.of(e);
        if (failure == PersistenceFailure.CONCURRENT_UPDATE) {
            return respond(new ConflictProblem("concurrent-update", Text.of("此记录已被他人修改，请重新加载后再试",
                    "Someone else changed this record meanwhile; reload it and try again")), uri);
        }
        if (failure == PersistenceFailure.DUPLICATE && PersistenceFailure.constraintName(e)
                .filter(IdempotentCreates.KEY_CONSTRAINT::equals).isPresent()) {
            return respond(new ConflictProblem("idempotency-key-in-use", Text.of(
                    "带有此 Idempotency-Key 的请求正在处理中，请重试以取得其结果",
                    "A request with this Idempotency-Key is being taken right now; retry it to get its result")), uri);
        }
        if (failure == PersistenceFailure.DUPLICATE) {
            return respond(new ConflictProblem("duplicate", Text.of("已存在唯一值相同的记录",
                    "A record with the same unique values already exists")), uri);
        }
        if (failure == PersistenceFailure.DATABASE_UNAVAILABLE) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), e.getClass().getName());
            return retryLater(Text.of("服务无法连接其数据库，请几秒后重试",
                    "The service cannot reach its database; retry in a few seconds"), uri);
        }
        if (failure == PersistenceFailure.RETRYABLE) {
            LOG.warnf("Database busy on %s: %s", path(uri), e.getClass().getName());
            return retryLater(Text.of("数据库繁忙，未受理此请求，请几秒后重试",
                    "The database is busy and did not take this request; retry in a few seconds"), uri);
        }
        // The request's id (RequestIds), which the log line carries too: an operator finds the failure by it.
        String reference = headers.getHeaderString(RequestIds.HEADER);
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return respond(new ProblemException(500, "internal-error", Text.of("内部错误", "Internal error"), Text.of(
                "请求意外失败；参考编号 " + reference, "The request failed unexpectedly; reference " + reference)), uri);
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

    private static Response retryLater(Text detail, UriInfo uri) {
        return Response.fromResponse(respond(new ProblemException(503, "service-unavailable", SERVICE_UNAVAILABLE, detail), uri))
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
    }

    /**
     * A body that is not JSON of the expected shape; with the field it failed at, that field and why. A value the
     * platform's input rules refuse ({@link InputJson.RefusedValue}) is invalid input like any other.
     */
    private static ProblemException unreadable(JsonProcessingException e) {
        List<ProblemException.FieldReason> errors = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Text reason = e instanceof UnrecognizedPropertyException ? Text.of("不是已知字段", "is not a known field")
                    : e instanceof InputJson.RefusedValue refused ? refused.reason()
                    : Text.of("类型或格式错误", "has the wrong type or format");
            errors = List.of(new ProblemException.FieldReason(field, reason));
        }
        if (e instanceof InputJson.RefusedValue && !errors.isEmpty()) {
            return new InvalidInputProblem(errors);
        }
        Text detail = Text.of("请求体不是预期结构的有效 JSON", "The body is not valid JSON of the expected shape");
        return errors.isEmpty() ? new ProblemException(400, "malformed-body", MALFORMED_BODY, detail)
                : new ProblemException(400, "malformed-body", MALFORMED_BODY, errors);
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(new ProblemException(401, "unauthorized", UNAUTHORIZED,
                        Text.of("需要有效的 Bearer 令牌", "A valid bearer token is required")), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response respond(ProblemException problem, UriInfo uri) {
        Problem body = problem.toProblem(path(uri), Language.current());
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static final Map<Integer, String> HTTP_TITLES = Map.of(400, "请求无效", 404, "资源不存在", 406, "无法提供可接受的表示",
            415, "不支持的媒体类型", 413, "请求体过大", 414, "URI 过长", 500, "内部错误", 503, "服务暂不可用");

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
