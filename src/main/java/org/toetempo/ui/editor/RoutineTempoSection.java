package org.toetempo.ui.editor;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoSource;
import org.toetempo.text.Messages;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/** The routine's tempo: its BPM and the range allowed, a ramp, the beat's source, the count-in, the bar and half time. */
final class RoutineTempoSection {

    private RoutineTempoSection() {
    }

    static VBox build(EditorModel model, Form form) {
        Messages messages = model.messages();
        String bpmUnit = messages.get("editor.unit.bpm");
        Supplier<Tempo> tempo = () -> {
            Tempo t = model.routineProperty().get().tempo();
            return t == null ? new Tempo(60, 40, 100, 0, TempoSource.METRONOME, 4, 4, 120) : t;
        };
        VBox stack = FormLayout.stacked();
        TextField bpm = form.number("tempo-bpm", messages.get("editor.routine.bpm.accessible"), Form.Kind.DECIMAL, false, 5,
                r -> tempo(r, Tempo::bpm), Edits::setBpm, path("bpm"));
        FormLayout.above(stack, messages.get("editor.tempo"), FormLayout.inline(form.box(bpm), FormLayout.unit(bpmUnit)), bpm);
        TextField min = form.number("tempo-min", messages.get("editor.routine.min-bpm.accessible"), Form.Kind.DECIMAL, false, 5,
                r -> tempo(r, Tempo::minBpm), v -> Edits.setBpmRange(v, tempo.get().maxBpm()), path("min_bpm"));
        TextField max = form.number("tempo-max", messages.get("editor.routine.max-bpm.accessible"), Form.Kind.DECIMAL, false, 5,
                r -> tempo(r, Tempo::maxBpm), v -> Edits.setBpmRange(tempo.get().minBpm(), v), path("max_bpm"));
        FormLayout.above(stack, messages.get("editor.tempo.allowed"), FormLayout.wrapping(form.box(min),
                FormLayout.unit(messages.get("editor.unit.to")), form.box(max), FormLayout.unit(bpmUnit)), min);
        TextField ramp = form.number("tempo-ramp", messages.get("editor.routine.ramp.accessible"), Form.Kind.DECIMAL, true, 5,
                r -> r.tempo() == null || r.tempo().rampToBpm() <= 0 ? null : r.tempo().rampToBpm(),
                v -> Edits.setRamp(v == null ? 0 : v), path("ramp_to_bpm"));
        ramp.setPromptText(messages.get("editor.tempo.no-ramp"));
        FormLayout.above(stack, messages.get("editor.tempo.ramp"), FormLayout.inline(form.box(ramp), FormLayout.unit(bpmUnit)), ramp);
        ComboBox<TempoSource> source = form.choice("tempo-source", messages.get("editor.tempo.source"),
                Arrays.asList(TempoSource.values()), s -> s == TempoSource.SONG ? messages.get("editor.tempo.source.song")
                        : messages.get("editor.tempo.source.metronome"), r -> tempo(r, Tempo::source),
                Edits::setTempoSource, path("source"));
        FormLayout.above(stack, messages.get("editor.tempo.source"), form.box(source), source);
        String beats = messages.get("editor.unit.beats");
        TextField countIn = form.number("tempo-count-in", messages.get("editor.routine.count-in.accessible"), Form.Kind.WHOLE,
                false, 1, r -> tempo(r, t -> (double) t.countInBeats()), v -> Edits.setCountIn((int) Math.round(v)),
                path("count_in_beats"));
        FormLayout.above(stack, messages.get("editor.routine.count-in"), FormLayout.inline(form.box(countIn), FormLayout.unit(beats)), countIn);
        TextField perBar = form.number("tempo-beats-per-bar", messages.get("editor.routine.bar.accessible"), Form.Kind.WHOLE,
                false, 1, r -> tempo(r, t -> (double) t.beatsPerBar()), v -> Edits.setBeatsPerBar((int) Math.round(v)),
                path("beats_per_bar"));
        FormLayout.above(stack, messages.get("editor.routine.bar"), FormLayout.inline(form.box(perBar), FormLayout.unit(beats)), perBar);
        TextField halfTime = form.number("tempo-half-time", messages.get("editor.routine.half-time.accessible"),
                Form.Kind.DECIMAL, false, 5, r -> tempo(r, Tempo::halfTimeAboveBpm), Edits::setHalfTimeAbove,
                path("half_time_above_bpm"));
        FormLayout.above(stack, messages.get("editor.routine.half-time"), new VBox(2, FormLayout.inline(
                FormLayout.unit(messages.get("editor.unit.above")), form.box(halfTime), FormLayout.unit(bpmUnit)),
                FormLayout.hint(messages.get("editor.routine.half-time.hint"))), halfTime);
        return stack;
    }

    private static String path(String field) {
        return FieldPaths.child(FieldPaths.field("tempo"), field);
    }

    private static <T> T tempo(Routine r, Function<Tempo, T> get) {
        return r.tempo() == null ? null : get.apply(r.tempo());
    }
}
