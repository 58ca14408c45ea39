package org.masswork.risk.matter.rules;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.masswork.platform.language.Language;
import org.masswork.platform.problem.Problem;

/** Answers a refused approval with the platform's problem and the rules that refused it (the more specific mapper wins). */
public class ApprovalRefusedMapper {

    @ServerExceptionMapper
    public Response refused(ApprovalRefused refused, UriInfo uri) {
        Language language = Language.current();
        Problem problem = refused.toProblem(uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), language);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(ApprovalRefusedProblem.of(problem, refused, language)).build();
    }
}
