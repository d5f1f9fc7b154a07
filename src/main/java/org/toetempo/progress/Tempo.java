package org.toetempo.progress;

import org.toetempo.history.SessionRecord;
import org.toetempo.history.TimingCheck;
import org.toetempo.text.Phrase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * P8: a rhythmic block played on the beat in full twice running at its tempo goes 10 BPM faster (up to its
 * maximum); one that fell off the beat goes 10 BPM slower. P2: not right after a level change of one of its
 * exercises (the resolver also keeps it from joining one, or a stage move, in the same batch).
 */
final class Tempo implements CoachRule {

    @Override
    public List<Proposal> propose(CoachInput in) {
        List<Proposal> out = new ArrayList<>();
        for (RoutineFacts.BlockInfo block : in.facts.blocks) {
            if (block.rhythmic()) {
                propose(in, block, out);
            }
        }
        return out;
    }

    private static void propose(CoachInput in, RoutineFacts.BlockInfo block, List<Proposal> out) {
        Instant lastSession = in.lastSession().started();
        Set<String> exercises = new LinkedHashSet<>();
        for (RoutineFacts.ExerciseInfo info : in.facts.exercises.values()) {
            if (info.blocks().contains(block.index())) {
                exercises.add(info.exercise().id());
                Instant levelChanged = in.exercisePlan(info.exercise().id()).lastLevelChange();
                if (levelChanged != null && levelChanged.isAfter(lastSession)) {
                    return;
                }
            }
        }
        RoutinePlan rp = in.routinePlan;
        double current = rp.blockBpm().getOrDefault(block.index(), block.tempo().bpm());
        List<SessionRecord> played = playedAt(in, block.index(), current);
        if (played.isEmpty()) {
            return;
        }
        SessionRecord last = played.get(played.size() - 1);
        Boolean lastOnBeat = onBeat(last, block.index());
        String name = block.name();
        String id = in.id("P8", "block-" + block.index());
        if (Boolean.FALSE.equals(lastOnBeat) && current > block.tempo().minBpm() + 1e-9) {
            double to = Math.max(block.tempo().minBpm(), current - Rules.TEMPO_STEP);
            out.add(new Proposal.TempoChange(block.index(), exercises, false, new Suggestion(id, "P8",
                    Suggestion.Kind.REGRESS, in.routine.id(), null, Phrase.phrase("coach.p8.title", name, to),
                    Phrase.phrase("coach.p8.slower", name),
                    List.of(), List.of(new Change.SetBlockBpm(block.index(), name, current, to)), false)));
            return;
        }
        if (played.size() < 2 || current >= block.tempo().maxBpm() - 1e-9) {
            return;
        }
        SessionRecord before = played.get(played.size() - 2);
        if (Boolean.TRUE.equals(lastOnBeat) && Boolean.TRUE.equals(onBeat(before, block.index()))
                && fullSet(last, block.index()) && fullSet(before, block.index())) {
            double to = Math.min(block.tempo().maxBpm(), current + Rules.TEMPO_STEP);
            out.add(new Proposal.TempoChange(block.index(), exercises, true, new Suggestion(id, "P8",
                    Suggestion.Kind.PROGRESS, in.routine.id(), null, Phrase.phrase("coach.p8.title", name, to),
                    Phrase.phrase("coach.p8.faster", name, current, block.tempo().maxBpm()),
                    List.of(), List.of(new Change.SetBlockBpm(block.index(), name, current, to)), false)));
        }
    }

    /** The last two sessions that played the block at this tempo since it was set, newest last. */
    private static List<SessionRecord> playedAt(CoachInput in, int block, double bpm) {
        Instant changed = in.routinePlan.blockBpmChanged().get(block);
        List<SessionRecord> played = new ArrayList<>();
        for (int i = in.sessions.size() - 1; i >= 0 && played.size() < 2; i--) {
            SessionRecord session = in.sessions.get(i);
            if (changed != null && !session.started().isAfter(changed)) {
                break;
            }
            boolean sameTempo = session.tempo(block).map(t -> !t.song() && Math.abs(t.bpm() - bpm) < 0.5)
                    .orElse(false);
            if (sameTempo && session.steps().stream().anyMatch(s -> s.block() == block && s.started())) {
                played.add(0, session);
            }
        }
        return played;
    }

    /** The user's answer for the block; else the timing self-check (every conclusive check on the beat); else unknown. */
    private static Boolean onBeat(SessionRecord session, int block) {
        if (session.ratings() != null) {
            Optional<Boolean> answer = session.ratings().onBeat(block);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        Boolean verdict = null;
        for (TimingCheck check : session.timing()) {
            if (check.block() == block && check.conclusive()) {
                if (!check.onBeat()) {
                    return false;
                }
                verdict = true;
            }
        }
        return verdict;
    }

    private static boolean fullSet(SessionRecord session, int block) {
        return session.steps().stream().anyMatch(s -> s.block() == block && s.setsDonePerFoot() > 0);
    }
}
