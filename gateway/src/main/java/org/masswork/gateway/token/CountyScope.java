package org.masswork.gateway.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.masswork.gateway.dashboard.ProvinceDashboardResource;
import org.masswork.platform.language.Text;

/**
 * Where a token may act in a province of counties (issue 19). A county role (every role but the province's and
 * {@code OPERATOR}) acts for one county, which its token names in the {@code county} claim (a UUID): without it the
 * token is refused before any service is called. A province role ({@code PROVINCE_ADMIN}, {@code PROVINCE_INSPECTOR})
 * without a county role reads figures across the counties and the county list, and nothing else: the figures
 * endpoints ({@code /api/v1/*-figures}), {@code /api/v1/counties} and the province dashboard. The services still check
 * every role and scope themselves; this keeps what no county role may do from reaching them.
 * <p>
 * The role names are the platform's ({@code org.masswork.platform.security.Role}), which the gateway does not depend on
 * (it brings Hibernate and Kafka): they are repeated here, as {@link ClientScopes#SYSTEM} is.
 */
@ApplicationScoped
public class CountyScope {

    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    public static final String PROVINCE_INSPECTOR = "PROVINCE_INSPECTOR";
    /** Runs the system (replays parked events); no county's data. */
    static final String OPERATOR = "OPERATOR";
    /** The claim naming a county role's county (platform {@code ScopeClaims.COUNTY}). */
    public static final String COUNTY_CLAIM = "county";

    private static final Set<String> WITHOUT_COUNTY = Set.of(PROVINCE_ADMIN, PROVINCE_INSPECTOR, OPERATOR);

    /** Why a token may not send a request, as the problem's code and detail. */
    public record Refusal(String code, Text detail) {
    }

    /** {@code null} when the token may send a request to {@code path}, else why not. */
    public Refusal refusal(JsonWebToken token, String path) {
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        boolean countyRole = roles.stream().anyMatch(role -> !WITHOUT_COUNTY.contains(role));
        if (countyRole && county(token) == null) {
            return new Refusal("no-county", token.getClaim(COUNTY_CLAIM) == null
                    ? Text.of("县级角色的令牌须注明所属的县（county 声明，UUID）；此令牌未注明",
                            "A token of a county role must name its county (the county claim, a UUID); this one names none")
                    : Text.of("县级角色的令牌须注明所属的县（county 声明，UUID）；此令牌的 county 不是 UUID",
                            "A token of a county role must name its county (the county claim, a UUID); this one's county is not a UUID"));
        }
        boolean provinceRole = roles.contains(PROVINCE_ADMIN) || roles.contains(PROVINCE_INSPECTOR);
        if (!countyRole && provinceRole && !isProvincePath(path)) {
            return new Refusal("operation-not-allowed", Text.of(
                    "省级角色只能查看各县的统计数据和县的名录（/api/v1/*-figures、/api/v1/counties、" + ProvinceDashboardResource.PATH + "），不得访问 " + path,
                    "A province role reads only the counties' figures and the county list (/api/v1/*-figures, /api/v1/counties, "
                            + ProvinceDashboardResource.PATH + "), not " + path));
        }
        if (!provinceRole && path.equals(ProvinceDashboardResource.PATH)) {
            return new Refusal("forbidden", Text.of("省级仪表盘仅供 " + PROVINCE_ADMIN + " 和 " + PROVINCE_INSPECTOR + " 查看",
                    "The province dashboard is for " + PROVINCE_ADMIN + " and " + PROVINCE_INSPECTOR + " only"));
        }
        return null;
    }

    /** The county the token names, or {@code null} when it names none or not a UUID. */
    public static UUID county(JsonWebToken token) {
        Object claim = token.getClaim(COUNTY_CLAIM);
        if (claim == null) {
            return null;
        }
        String value = claim instanceof JsonString string ? string.getString() : String.valueOf(claim);
        try {
            // fromString also takes shortened forms ("1-2-3-4-5"): only the canonical 36 characters are a county's id.
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code /api/v1/<name>-figures}, {@code /api/v1/counties} (each with what is below it) and the province dashboard. */
    static boolean isProvincePath(String path) {
        if (path.equals(ProvinceDashboardResource.PATH)) {
            return true;
        }
        String[] segments = path.split("/", -1);
        if (segments.length < 4 || !segments[1].equals("api") || !segments[2].equals("v1")) {
            return false;
        }
        String resource = segments[3];
        return resource.equals("counties") || resource.endsWith("-figures") && resource.length() > "-figures".length();
    }
}
