package org.toetempo.ui.editor;

import org.toetempo.editor.Summary;
import org.toetempo.text.Messages;

/** What the editor says about a routine's measured length, in the user's language ("9 min 05 s · 120 reps right, 120 left"). */
final class SummaryWords {

    private final Messages messages;

    SummaryWords(Messages messages) {
        this.messages = messages;
    }

    /** "9 min 05 s · 120 reps right, 120 left". */
    String of(Summary s) {
        return messages.get("editor.summary.total", duration(s.totalSeconds()), s.repsRight(), s.repsLeft());
    }

    /** "9 min 05 s", "45 s". */
    String duration(double totalSeconds) {
        long seconds = Math.round(totalSeconds);
        return seconds < 60 ? messages.get("editor.summary.seconds", seconds)
                : messages.get("editor.summary.minutes", seconds / 60, seconds % 60);
    }

    /** "40–110 BPM" over all the blocks played, or "60 BPM" when every beat runs at one tempo. */
    String tempos(Summary s) {
        double slowest = s.blocks().stream().mapToDouble(Summary.BlockPlay::slowestBpm).min().orElse(0);
        double fastest = s.blocks().stream().mapToDouble(Summary.BlockPlay::fastestBpm).max().orElse(0);
        return Math.round(slowest) == Math.round(fastest) ? messages.get("editor.summary.bpm", Math.round(slowest))
                : messages.get("editor.summary.bpm-range", Math.round(slowest), Math.round(fastest));
    }

    /** "1 min 20 s, 60 → 80 BPM", "45 s at 60 BPM", "2 min 00 s, 50–60 BPM". */
    String block(Summary.BlockPlay p) {
        String length = duration(p.seconds());
        if (Math.round(p.firstBpm()) != Math.round(p.lastBpm())) {
            return messages.get("editor.summary.block-ramp", length, Math.round(p.firstBpm()), Math.round(p.lastBpm()));
        }
        if (Math.round(p.slowestBpm()) != Math.round(p.fastestBpm())) {
            return messages.get("editor.summary.block-range", length, Math.round(p.slowestBpm()), Math.round(p.fastestBpm()));
        }
        return messages.get("editor.summary.block-at", length, Math.round(p.firstBpm()));
    }
}
