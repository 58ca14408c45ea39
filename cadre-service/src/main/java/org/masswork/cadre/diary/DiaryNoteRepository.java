package org.masswork.cadre.diary;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class DiaryNoteRepository implements PanacheRepositoryBase<DiaryNote, UUID> {

    public DiaryNote get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("民情日记", "diary note"), id));
    }

    public Optional<DiaryNote> of(UUID cadreId, LocalDate day) {
        return find("cadreId = ?1 and day = ?2", cadreId, day).firstResultOptional();
    }
}
