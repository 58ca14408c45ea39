package org.masswork.cadre.diary;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cadre.assignment.Assignment;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.cadre.CadreRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.visit.Visit;
import org.masswork.cadre.visit.VisitRepository;
import org.masswork.cadre.visit.VisitView;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class DiaryService {

    private final DiaryNoteRepository notes;
    private final VisitRepository visits;
    private final AssignmentRepository assignments;
    private final CadreRepository cadres;
    private final WorkScope scope;
    private final CountyClock clock;
    private final IdempotentCreates idempotency;

    DiaryService(DiaryNoteRepository notes, VisitRepository visits, AssignmentRepository assignments, CadreRepository cadres,
                 WorkScope scope, CountyClock clock, IdempotentCreates idempotency) {
        this.notes = notes;
        this.visits = visits;
        this.assignments = assignments;
        this.cadres = cadres;
        this.scope = scope;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    /** The calling cadre writes the note of a day while serving a station; one note per day. */
    @Transactional
    public DiaryNoteView write(WriteDiaryNoteRequest request, String idempotencyKey) {
        UUID cadreId = scope.caller().cadre().orElseThrow(ForbiddenException::new);
        return idempotency.once("write-diary-note", idempotencyKey, request, DiaryNoteView::id, this::note, () -> {
            Assignment assignment = assignments.activeForCadre(cadreId).orElseThrow(() -> new RuleViolationProblem(
                    "cadre-not-stationed", Text.of("只有在工作站服务的干部才记民情日记", "Only a cadre serving a station keeps its diary")));
            if (request.day().isAfter(clock.today(assignment.countyId))) {
                throw new InvalidInputProblem("day", Text.of("不得晚于今天", "must not be in the future"));
            }
            if (request.day().isBefore(assignment.startsOn)) {
                throw new RuleViolationProblem("diary-before-assignment",
                        Text.of("该干部的派驻始于 " + assignment.startsOn, "The cadre's assignment started on " + assignment.startsOn), "day");
            }
            if (notes.of(cadreId, request.day()).isPresent()) {
                throw new ConflictProblem("diary-note-exists",
                        Text.of(request.day() + " 的日记已写，请按其版本修改", "The note of " + request.day() + " is written; change it with its version instead"));
            }
            DiaryNote note = new DiaryNote();
            note.id = UUID.randomUUID();
            note.cadreId = cadreId;
            note.countyId = assignment.countyId;
            note.stationId = assignment.stationId;
            note.townshipId = assignment.townshipId;
            note.day = request.day();
            note.note = request.note().strip();
            note.markReceived(request.recordedAt());
            notes.persist(note);
            notes.flush();
            return DiaryNoteView.of(note);
        });
    }

    /** A note read back for its author replaying the write. */
    @Transactional
    DiaryNoteView note(UUID id) {
        DiaryNote note = notes.get(id);
        if (!scope.caller().isCadre(note.countyId, note.cadreId)) {
            throw new NotFoundProblem(Text.of("民情日记", "diary note"), id);
        }
        return DiaryNoteView.of(note);
    }

    /** Only its author changes a note; to anyone else it does not exist. */
    @Transactional
    public DiaryNoteView update(UUID id, UpdateDiaryNoteRequest request) {
        DiaryNote note = notes.get(id);
        if (!scope.caller().isCadre(note.countyId, note.cadreId)) {
            throw new NotFoundProblem(Text.of("民情日记", "diary note"), id);
        }
        if (note.version != request.version()) {
            throw new ConflictProblem("stale-version", Text.of("民情日记 " + id + " 当前版本为 " + note.version + "，而非 " + request.version() + "；请重新加载后再修改", "Diary note " + id + " is at version " + note.version
                    + ", not " + request.version() + "; reload it and apply the change again"));
        }
        note.note = request.note().strip();
        notes.flush();
        return DiaryNoteView.of(note);
    }

    /**
     * A cadre's day: their note and visits. The cadre sees all of it; others see what happened at
     * stations they cover, and are refused when they cover neither that nor the cadre's station today.
     */
    @Transactional
    public DiaryDayView day(UUID cadreId, LocalDate day) {
        UUID county = cadres.get(cadreId).countyId;
        boolean own = scope.caller().isCadre(county, cadreId);
        Optional<DiaryNote> note = notes.of(cadreId, day)
                .filter(n -> own || scope.caller().coversStation(n.countyId, n.stationId, n.townshipId));
        List<Visit> shown = visits.ofCadreOn(cadreId, day).stream()
                .filter(v -> own || scope.caller().coversStation(v.countyId, v.stationId, v.townshipId)).toList();
        if (!own && note.isEmpty() && shown.isEmpty() && !coversCurrentStation(cadreId, county)) {
            throw new ForbiddenException();
        }
        long confirmed = shown.stream().filter(Visit::isConfirmed).count();
        return new DiaryDayView(cadreId, day, note.map(DiaryNoteView::of).orElse(null),
                shown.stream().map(VisitView::of).toList(), confirmed, shown.size() - confirmed);
    }

    private boolean coversCurrentStation(UUID cadreId, UUID cadreCounty) {
        return assignments.activeForCadre(cadreId)
                .map(a -> scope.caller().coversStation(a.countyId, a.stationId, a.townshipId))
                .orElse(scope.caller().isCountyWide() && scope.caller().county().filter(cadreCounty::equals).isPresent());
    }
}
