package org.masswork.cadre.county;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.language.Text;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.security.CallerScope;

/** The province's counties: registered by the province, each read by the province and by its own county's roles. */
@ApplicationScoped
public class CountyService {

    private final CountyRepository counties;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final CallerScope caller;

    CountyService(CountyRepository counties, IdempotentCreates idempotency, Outbox outbox, CallerScope caller) {
        this.counties = counties;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Registers a county and announces it with {@link CountyRegistered}. */
    @Transactional
    public CountyView register(RegisterCountyRequest request, String idempotencyKey) {
        return idempotency.once("register-county", idempotencyKey, request, CountyView::id, this::get, () -> {
            String zone = zoneOf(request.zone());
            if (counties.codeTaken(request.code())) {
                throw new ConflictProblem("county-code-taken", Text.of("编码为 " + request.code() + " 的县已存在",
                        "A county with code " + request.code() + " exists"));
            }
            County county = new County();
            county.id = UUID.randomUUID();
            county.code = request.code();
            county.name = request.name().strip();
            county.zone = zone;
            county.markReceived(request.recordedAt());
            counties.persist(county);
            counties.flush();
            outbox.append(new CountyRegistered(county.id, county.code, county.name, county.zone));
            return CountyView.of(county);
        });
    }

    /** A county the caller may read: any for the province, their own for a county's roles; else 404 as an unknown id. */
    @Transactional
    public CountyView get(UUID id) {
        County county = counties.findByIdOptional(id).filter(c -> caller.coversCounty(c.id))
                .orElseThrow(() -> new NotFoundProblem(CountyRepository.COUNTY, id));
        return CountyView.of(county);
    }

    /** The province's counties by code, or the caller's own county alone. */
    @Transactional
    public Page<CountyView> list(PageQuery page) {
        if (caller.isProvinceWide()) {
            return Page.of(counties.findAll(Sort.by("code")), page, CountyView::of);
        }
        return Page.of(counties.find("id = :own", Sort.by("code"),
                Parameters.with("own", caller.county().orElse(null))), page, CountyView::of);
    }

    private static String zoneOf(String zone) {
        try {
            return ZoneId.of(zone.strip()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputProblem("zone", Text.of("不是已知的时区（如 Asia/Shanghai）", "is not a known zone (e.g. Asia/Shanghai)"));
        }
    }
}
