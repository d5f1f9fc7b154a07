package org.toetempo.progress;

import org.toetempo.history.History;
import org.toetempo.history.SessionRecord;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where the user stands in a multi-week programme (a routine with stages, such as the foot-core 12-week
 * programme): its week, the stage and the stage gate (rule P10).
 *
 * @param week             programme week, from 1 on the programme's first day
 * @param stage            the stage being played
 * @param stageStart       the day it began
 * @param stageWeeks       its length: its weeks in the routine plus any repeated weeks
 * @param weekInStage      from 1
 * @param gateDate         the day the gate is checked (the stage's weeks are over)
 * @param sessionsDone     sessions of this stage that count, in the stage's last (nominal) weeks up to the gate
 * @param sessionsNeeded   {@link Rules#STAGE_SESSIONS} of the sessions the stage asks for in those weeks
 * @param painLastWeek     a pain rule (R2–R5) fired in the last 7 days
 * @param next             the next stage, or {@code null} after the last
 * @param temporary        the user is in a week one stage lower after a break (P11): no gate until it ends
 */
public record ProgrammeStatus(
        String routineId,
        int week,
        Stage stage,
        LocalDate programmeStart,
        LocalDate stageStart,
        int stageWeeks,
        int weekInStage,
        LocalDate gateDate,
        int sessionsDone,
        int sessionsNeeded,
        boolean painLastWeek,
        Stage next,
        boolean temporary) {

    /** The stage's weeks are over and there is a next stage: time to check the gate. */
    public boolean gateDue(LocalDate today) {
        return next != null && !temporary && !today.isBefore(gateDate);
    }

    /** P10: at least 80% of the stage's sessions done and no pain rule in the last week. */
    public boolean gatePassed() {
        return sessionsDone >= sessionsNeeded && !painLastWeek;
    }

    /**
     * The status of a programme at {@code now}, or {@code null} for a routine without stages. Week 1 began on the
     * plan's programme start, else on the day of the routine's first session, else today.
     */
    public static ProgrammeStatus of(Routine routine, History history, ProgressPlan plan, ZonedDateTime now) {
        return of(routine, history, plan, now, new PainCheck(history.sessions()));
    }

    static ProgrammeStatus of(Routine routine, History history, ProgressPlan plan, ZonedDateTime now, PainCheck pain) {
        List<Stage> stages = routine.stages();
        if (stages.isEmpty()) {
            return null;
        }
        LocalDate today = now.toLocalDate();
        RoutinePlan rp = plan.routine(routine.id());
        List<SessionRecord> sessions = history.forRoutine(routine.id());
        LocalDate programmeStart = rp.programmeStart() != null ? rp.programmeStart()
                : sessions.isEmpty() ? today : sessions.get(0).localDate();
        String stageId = plan.stage(routine);
        int stageIndex = 0;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                stageIndex = i;
            }
        }
        Stage stage = stages.get(stageIndex);
        LocalDate stageStart = rp.stageStart() != null ? rp.stageStart()
                : programmeStart.plusWeeks(stage.fromWeek() - 1L);
        int nominal = stage.toWeek() - stage.fromWeek() + 1;
        int stageWeeks = nominal + rp.repeatedWeeks();
        LocalDate gateDate = stageStart.plusWeeks(stageWeeks);
        LocalDate windowStart = gateDate.minusWeeks(nominal);
        LocalDate windowEnd = today.isBefore(gateDate) ? today.plusDays(1) : gateDate;
        int done = 0;
        boolean painLastWeek = false;
        for (SessionRecord session : sessions) {
            LocalDate date = session.localDate();
            if (stage.id().equals(session.stage()) && session.counts() && !date.isBefore(windowStart)
                    && date.isBefore(windowEnd)) {
                done++;
            }
            if (!date.isBefore(today.minusDays(7)) && !date.isAfter(today) && pain.of(session, null).fired()) {
                painLastWeek = true;
            }
        }
        int perWeek = routine.frequency().times();
        if (stage.frequency() != null) {
            perWeek = stage.frequency().per() == Period.DAY ? stage.frequency().times() * 7 : stage.frequency().times();
        } else if (routine.frequency().per() == Period.DAY) {
            perWeek *= 7;
        }
        int needed = (int) Math.ceil(Rules.STAGE_SESSIONS * perWeek * nominal - 1e-9);
        int week = (int) Math.floorDiv(ChronoUnit.DAYS.between(programmeStart, today), 7) + 1;
        int weekInStage = (int) Math.floorDiv(ChronoUnit.DAYS.between(stageStart, today), 7) + 1;
        Stage next = stageIndex + 1 < stages.size() ? stages.get(stageIndex + 1) : null;
        return new ProgrammeStatus(routine.id(), week, stage, programmeStart, stageStart, stageWeeks, weekInStage,
                gateDate, done, needed, painLastWeek, next, rp.returnStage() != null);
    }
}
