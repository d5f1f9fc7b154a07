package org.toetempo.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Summary;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Audience;
import org.toetempo.routine.Difficulty;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoSource;
import org.toetempo.routine.Wording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The left-hand pane: what the routine is (name, purpose, audience, how often...), its tempo, safety and credits. */
final class MetadataPane extends ScrollPane {

    private final EditorModel model;
    private final Form form;
    private final List<TextListEditor> lists = new ArrayList<>();
    private final StageList stages;
    private final VBox ownExercises = new VBox(2);
    private List<Object> ownExercisesShown;
    private final Label audienceMessage = new Label();
    private final Label measured = new Label();
    private final Label fileHint = Form.hint("");
    private final VBox content = new VBox(18);

    MetadataPane(EditorModel model) {
        this.model = model;
        this.form = new Form(model);
        getStyleClass().addAll("metadata-pane", "edge-to-edge");
        setId("metadata");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        // ---------------------------------------------------------- about
        VBox about = Form.stacked();
        TextField name = form.textField("routine-name", "Routine name", Routine::name, model::nameEdit, FieldPaths.field("name"));
        Form.above(about, "Name", form.box(name), name);
        TextField id = form.textField("routine-id", "Routine id (its file name)", Routine::id, Edits::setId, FieldPaths.field("id"));
        Form.above(about, "File id", new VBox(2, form.box(id), fileHint), id);
        TextArea summary = form.textArea("routine-summary", "One-line summary", 1, Routine::summary, Edits::setSummary,
                FieldPaths.field("summary"));
        // One line for the library card, shown whole: it wraps here, but Enter adds no line break.
        summary.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });
        Form.above(about, "Summary", form.box(summary), summary);
        TextArea purpose = form.textArea("routine-purpose", "Purpose", 3, Routine::purpose, Edits::setPurpose,
                FieldPaths.field("purpose"));
        Form.above(about, "Purpose", form.box(purpose), purpose);

        FlowPane audience = new FlowPane(10, 6);
        audience.setId("routine-audience");
        audience.getStyleClass().add("audience");
        for (Audience a : Audience.values()) {
            CheckBox box = form.check("audience-" + a.json(), audienceLabel(a),
                    r -> r.audience() != null && r.audience().contains(a), on -> Edits.setAudience(toggled(a, on)),
                    () -> List.of());
            box.setAccessibleText("For " + audienceLabel(a));
            audience.getChildren().add(box);
        }
        audienceMessage.getStyleClass().add("field-message");
        audienceMessage.setWrapText(true);
        audienceMessage.setMinHeight(Region.USE_PREF_SIZE);
        Form.above(about, "Written for", new VBox(4, audience, audienceMessage), null);

        ComboBox<Difficulty> difficulty = form.choice("routine-difficulty", "Difficulty", Arrays.asList(Difficulty.values()),
                Wording::label, Routine::difficulty, Edits::setDifficulty, FieldPaths.field("difficulty"));
        Form.above(about, "Difficulty", form.box(difficulty), difficulty);

        TextField times = form.number("routine-times", "Times", Form.Kind.WHOLE, false, 1,
                r -> r.frequency() == null ? null : (double) r.frequency().times(),
                v -> Edits.setFrequency((int) Math.round(v), per(), frequencyNote()),
                FieldPaths.field("frequency") + ".times", FieldPaths.field("frequency"));
        ComboBox<Period> per = form.choice("routine-per", "Per", Arrays.asList(Period.values()), p -> "a " + p.json(),
                r -> r.frequency() == null ? Period.WEEK : r.frequency().per(),
                p -> Edits.setFrequency(times(), p, frequencyNote()), FieldPaths.field("frequency") + ".per");
        times.setPrefColumnCount(3);
        per.setMinWidth(110);
        per.setPrefWidth(120);
        VBox often = Form.inline(form.box(times), Form.unit("times"), form.box(per));
        TextField note = form.textField("routine-frequency-note", "How often: note",
                r -> r.frequency() == null ? null : r.frequency().note(),
                t -> Edits.setFrequency(times(), per(), t), FieldPaths.field("frequency") + ".note");
        note.setPromptText("e.g. as your rehab plan advises");
        Form.above(about, "How often", new VBox(6, often, form.box(note)), times);

        measured.setId("measured-duration");
        measured.getStyleClass().add("measured");
        measured.setWrapText(true);
        measured.setMinHeight(Region.USE_PREF_SIZE);
        // The file's stated length is rewritten from this on save: a typed estimate would only go stale.
        Form.above(about, "Length", measured, measured);

        TextArea setup = form.textArea("routine-setup", "Set-up, shown before the first step", 2, Routine::setup,
                Edits::setSetup, FieldPaths.field("setup"));
        setup.setPromptText("e.g. Barefoot, feet parallel, a chair within reach");
        Form.above(about, "Set-up", form.box(setup), setup);
        TextListEditor equipment = list("routine-equipment", "item", false, Edits.TextList.EQUIPMENT);
        Form.Field equipmentField = form.custom(new Label(), "Equipment", () -> { }, () -> List.of(FieldPaths.field("equipment")));
        Label none = Form.hint("None needed when the list is empty.");
        Form.above(about, "Equipment", new VBox(4, none, equipment, equipmentField.message), null);

        // ---------------------------------------------------------- tempo
        VBox tempo = Form.stacked();
        TextField bpm = form.number("tempo-bpm", "Tempo, beats per minute", Form.Kind.DECIMAL, false, 5,
                r -> tempo(r, Tempo::bpm), Edits::setBpm, tempoPath("bpm"));
        Form.above(tempo, "Tempo", Form.inline(form.box(bpm), Form.unit("BPM")), bpm);
        TextField min = form.number("tempo-min", "Slowest tempo allowed, beats per minute", Form.Kind.DECIMAL, false, 5,
                r -> tempo(r, Tempo::minBpm), v -> Edits.setBpmRange(v, tempo().maxBpm()), tempoPath("min_bpm"));
        TextField max = form.number("tempo-max", "Fastest tempo allowed, beats per minute", Form.Kind.DECIMAL, false, 5,
                r -> tempo(r, Tempo::maxBpm), v -> Edits.setBpmRange(tempo().minBpm(), v), tempoPath("max_bpm"));
        Form.above(tempo, "Allowed", Form.inline(form.box(min), Form.unit("to"), form.box(max), Form.unit("BPM")), min);
        TextField ramp = form.number("tempo-ramp", "Ramp up to, beats per minute (blank: no ramp)", Form.Kind.DECIMAL, true, 5,
                r -> r.tempo() == null || r.tempo().rampToBpm() <= 0 ? null : r.tempo().rampToBpm(),
                v -> Edits.setRamp(v == null ? 0 : v), tempoPath("ramp_to_bpm"));
        ramp.setPromptText("no ramp");
        Form.above(tempo, "Ramp up to", Form.inline(form.box(ramp), Form.unit("BPM")), ramp);
        ComboBox<TempoSource> source = form.choice("tempo-source", "Beat from", Arrays.asList(TempoSource.values()),
                s -> s == TempoSource.SONG ? "A song's beat" : "Metronome", r -> tempo(r, Tempo::source),
                Edits::setTempoSource, tempoPath("source"));
        Form.above(tempo, "Beat from", form.box(source), source);
        TextField countIn = form.number("tempo-count-in", "Count-in, beats", Form.Kind.WHOLE, false, 1,
                r -> tempo(r, t -> (double) t.countInBeats()), v -> Edits.setCountIn((int) Math.round(v)),
                tempoPath("count_in_beats"));
        Form.above(tempo, "Count-in", Form.inline(form.box(countIn), Form.unit("beats")), countIn);
        TextField perBar = form.number("tempo-beats-per-bar", "Beats per bar", Form.Kind.WHOLE, false, 1,
                r -> tempo(r, t -> (double) t.beatsPerBar()), v -> Edits.setBeatsPerBar((int) Math.round(v)),
                tempoPath("beats_per_bar"));
        Form.above(tempo, "Bar", Form.inline(form.box(perBar), Form.unit("beats")), perBar);
        TextField halfTime = form.number("tempo-half-time", "Songs faster than this are followed at half time, beats per minute",
                Form.Kind.DECIMAL, false, 5, r -> tempo(r, Tempo::halfTimeAboveBpm), Edits::setHalfTimeAbove,
                tempoPath("half_time_above_bpm"));
        Form.above(tempo, "Half time", new VBox(2, Form.inline(Form.unit("above"), form.box(halfTime), Form.unit("BPM")),
                Form.hint("Songs faster than this are followed at half time.")), halfTime);

        // ---------------------------------------------------------- safety, credits, notes
        TextListEditor safety = list("routine-safety", "safety note", true, Edits.TextList.SAFETY);
        Form.Field safetyField = form.custom(new Label(), "Safety notes", () -> { }, () -> List.of(FieldPaths.field("safety")));
        VBox safetyBox = new VBox(4, Form.hint("When to stop and what to avoid; at least one."), safety, safetyField.message);
        TextListEditor credits = list("routine-credits", "credit", true, Edits.TextList.CREDITS);
        TextListEditor notes = list("routine-notes", "note", true, Edits.TextList.NOTES);
        Form.Field creditsField = form.custom(new Label(), "Credits", () -> { }, () -> List.of(FieldPaths.field("credits")));
        Form.Field notesField = form.custom(new Label(), "Notes", () -> { }, () -> List.of(FieldPaths.field("notes")));
        VBox creditsBox = new VBox(4, Form.hint("Sources and authors."), credits, creditsField.message);
        VBox notesBox = new VBox(4, Form.hint("Progression advice, evidence, anything else."), notes, notesField.message);

        stages = new StageList(model);
        ownExercises.setId("routine-exercises");
        Button newExercise = Form.addButton("exercise-new", "New exercise", "New exercise of this routine's own");
        newExercise.setOnAction(e -> model.newExercise());
        VBox exercisesBox = new VBox(6, Form.hint("Exercises this routine defines, or changes from the library's; "
                + "saved in its file. To change a library exercise, open a step that uses it: “Edit this exercise…”."),
                ownExercises, newExercise);

        content.getChildren().addAll(
                Inspector.section("About the routine", about),
                Inspector.section("Tempo", tempo),
                Inspector.section("Programme stages", stages),
                Inspector.section("Exercises of this routine", exercisesBox),
                Inspector.section("Safety", safetyBox),
                Inspector.section("Credits", creditsBox),
                Inspector.section("Notes", notesBox));
        content.getStyleClass().add("metadata-body");
        setContent(content);

        model.revisionProperty().addListener(o -> refresh());
        model.validationProperty().addListener(o -> refresh());
        model.summaryProperty().addListener(o -> refreshMeasured());
        refresh();
    }

    Form form() {
        return form;
    }

    /** Every form of the pane (the stages have their own), to find the field a problem is about. */
    List<Form> forms() {
        return List.of(form, stages.form());
    }

    StageList stages() {
        return stages;
    }

    private TextListEditor list(String id, String item, boolean multiline, Edits.TextList which) {
        TextListEditor editor = new TextListEditor(model, id, item, multiline, which);
        lists.add(editor);
        return editor;
    }

    void refresh() {
        Routine r = model.routineProperty().get();
        Validation v = model.validationProperty().get();
        form.refresh();
        for (TextListEditor list : lists) {
            list.refresh(r, v);
        }
        stages.refresh(r, v);
        refreshOwnExercises(v);
        List<String> audience = v.within(FieldPaths.field("audience")).stream().map(Validation.FieldProblem::message).toList();
        audienceMessage.setText(String.join("\n", audience));
        audienceMessage.setVisible(!audience.isEmpty());
        audienceMessage.setManaged(!audience.isEmpty());
        boolean goodId = r.id() != null && r.id().matches("[a-z0-9]+(-[a-z0-9]+)*");
        fileHint.setText(goodId ? "Saved as " + r.id() + ".json in your routines folder."
                : "Lower-case words joined by '-', like toe-fan: it names the file.");
        refreshMeasured();
    }

    /** A link per exercise of the routine's own, marked when it has problems. */
    private void refreshOwnExercises(Validation v) {
        List<Exercise> own = model.ownExercises();
        List<Object> shown = new ArrayList<>();
        for (Exercise e : own) {
            shown.add(List.of(e.id(), EditorModel.nameOf(e), v.within(FieldPaths.exercise(e.id())).isEmpty()));
        }
        if (shown.equals(ownExercisesShown)) {
            // Most keystrokes change nothing here: keep the links (new nodes would cost a CSS pass each).
            return;
        }
        ownExercisesShown = shown;
        List<Node> links = new ArrayList<>();
        for (Exercise e : own) {
            boolean problems = !v.within(FieldPaths.exercise(e.id())).isEmpty();
            Hyperlink link = new Hyperlink(EditorModel.nameOf(e)
                    + (model.library(e.id()).isPresent() ? " (changed from the library)" : "") + (problems ? "  — has problems" : ""));
            link.setId("routine-exercise-" + e.id());
            link.setWrapText(true);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.pseudoClassStateChanged(Form.INVALID, problems);
            link.setOnAction(x -> model.editExercise(e.id()));
            links.add(link);
        }
        if (links.isEmpty()) {
            links.add(Form.hint("None: every step uses an exercise of the library as it is."));
        }
        ownExercises.getChildren().setAll(links);
    }

    private void refreshMeasured() {
        Summary s = model.summaryProperty().get();
        Double at = model.previewBpmProperty().get();
        measured.setText(s == null ? "Plays for: fix the problems to measure"
                : "Plays for " + s.duration() + (at == null ? " as written" : " at " + Wording.number(at) + " BPM"));
    }

    private static String tempoPath(String field) {
        return FieldPaths.child(FieldPaths.field("tempo"), field);
    }

    private Tempo tempo() {
        Tempo t = model.routineProperty().get().tempo();
        return t == null ? new Tempo(60, 40, 100, 0, TempoSource.METRONOME, 4, 4, 120) : t;
    }

    private static <T> T tempo(Routine r, Function<Tempo, T> get) {
        return r.tempo() == null ? null : get.apply(r.tempo());
    }

    private int times() {
        Frequency f = model.routineProperty().get().frequency();
        return f == null ? 3 : f.times();
    }

    private Period per() {
        Frequency f = model.routineProperty().get().frequency();
        return f == null ? Period.WEEK : f.per();
    }

    private String frequencyNote() {
        Frequency f = model.routineProperty().get().frequency();
        return f == null ? null : f.note();
    }

    private List<Audience> toggled(Audience a, boolean on) {
        List<Audience> now = model.routineProperty().get().audience();
        List<Audience> next = new ArrayList<>();
        for (Audience x : Audience.values()) {
            boolean has = x == a ? on : now != null && now.contains(x);
            if (has) {
                next.add(x);
            }
        }
        return next;
    }

    static String audienceLabel(Audience a) {
        return switch (a) {
            case RUNNER -> "Runners at home";
            case WARM_UP -> "Warm-up";
            case POST_RUN -> "After a run";
            case REHAB -> "Rehab";
            case CLINIC -> "Clinic demo";
        };
    }
}
