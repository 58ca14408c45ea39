package org.masswork.risk.matter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<MitigationMeasure, UUID> {

    public List<MitigationMeasure> ofMatter(UUID matterId) {
        return list("matterId = ?1 order by description, id", matterId);
    }

    public MitigationMeasure get(UUID matterId, UUID measureId) {
        return find("id = ?1 and matterId = ?2", measureId, matterId).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem(Text.of("化解措施", "mitigation measure"), measureId));
    }

    public void deleteOfMatter(UUID matterId) {
        delete("matterId", matterId);
    }
}
