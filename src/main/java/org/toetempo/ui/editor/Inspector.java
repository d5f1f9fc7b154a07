package org.toetempo.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edit;
import org.toetempo.editor.Edits;
import org.toetempo.editor.StepEdits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Summary;
import org.toetempo.editor.Validation;
import org.toetempo.figure.KeyPoses;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Repeat;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Side;
import org.toetempo.routine.Stage;
import org.toetempo.routine.Step;
import org.toetempo.routine.Tempo;
import org.toetempo.routine.TempoOverride;
import org.toetempo.routine.TempoSource;
import org.toetempo.routine.Wording;
import org.toetempo.ui.controls.FootFigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The right-hand pane: the form of the selected step, or of the selected block. */
final class Inspector extends StackPane {

    /** "Follow the routine" and the two beat sources, as a choice (combo boxes show no null item). */
    enum Beat {
        INHERIT("As the routine"), METRONOME("Metronome"), SONG("A song's beat");

        final String label;

        Beat(String label) {
            this.label = label;
        }

        static Beat of(TempoSource source) {
            return source == null ? INHERIT : source == TempoSource.SONG ? SONG : METRONOME;
        }

        TempoSource source() {
            return this == INHERIT ? null : this == SONG ? TempoSource.SONG : TempoSource.METRONOME;
        }
    }

    /** Counting a set in reps or in seconds. */
    enum Dose {
        REPS("Reps"), TIME("For a time");

        final String label;

        Dose(String label) {
            this.label = label;
        }
    }

    private final EditorModel model;
    private final Form stepForm;
    private final Form blockForm;
    private final ScrollPane stepScroll;
    private final ScrollPane blockScroll;
    private final ScrollPane exerciseScroll;
    private final ExerciseForm exerciseForm;
    private final VBox stepPane = new VBox(14);
    private final VBox blockPane = new VBox(14);
    private final ExercisePicker picker;
    private final PhaseTable phases;
    private final TextListEditor cues;
    private final FootFigure figure = new FootFigure();
    private final Label stepHeading = new Label();
    private final Label stepWhere = new Label();
    private final Label blockHeading = new Label();
    private final Label amountLabel = new Label("Reps per set");
    private final Label tempoHint = Form.hint("");
    private final Label levelHow = Form.hint("");
    private final Label blockTempoHint = Form.hint("");
    /** How long the selected block plays and at what tempos (where a ramp starts and ends), from the live summary. */
    private final Label blockPlays = new Label();
    private final Label cuesMessage = new Label();
    private TextField titleField;
    private final Label empty = new Label("This routine has no blocks yet: add one with “Block” under the list.");
    private final GridPane blockGrid;
    private Label stageLabel;
    private ComboBox<String> stage;

    Inspector(EditorModel model) {
        this.model = model;
        this.picker = new ExercisePicker(model.messages());
        this.stepForm = new Form(model);
        this.blockForm = new Form(model);
        this.phases = new PhaseTable(model, "phase-", () -> PhaseTable.ofStep(model));
        getStyleClass().add("inspector");
        setId("inspector");

        // ---------------------------------------------------------- step
        figure.setMinSize(92, 84);
        figure.setPrefSize(92, 84);
        figure.setMaxSize(92, 84);
        figure.setFocusTraversable(false);
        figure.getStyleClass().add("step-figure");
        stepHeading.getStyleClass().add("pane-heading");
        stepHeading.setId("step-heading");
        stepHeading.setWrapText(true);
        stepWhere.getStyleClass().add("hint");
        VBox headingText = new VBox(2, stepHeading, stepWhere);
        HBox.setHgrow(headingText, Priority.ALWAYS);
        HBox stepHeader = new HBox(12, figure, headingText);
        stepHeader.setAlignment(Pos.CENTER_LEFT);

        GridPane what = Form.grid();
        picker.setOnPick(exercise -> {
            EditorModel.Selection s = model.selectionProperty().get();
            model.execute(StepEdits.setStepExercise(s.block(), s.step(), exercise));
        });
        Form.Field pickerField = stepForm.custom(picker, "Exercise", () -> {
            Step step = model.selectedStep();
            picker.show(model.exercises(), step == null ? null : model.exerciseOf(step));
        }, () -> List.of(model.stepPath("exercise")));
        Hyperlink editExercise = new Hyperlink("Edit this exercise…");
        editExercise.setId("step-edit-exercise");
        editExercise.setTooltip(new Tooltip(
                "Change the exercise itself (instructions, cues, phases, levels) for this routine"));
        editExercise.setOnAction(e -> {
            Step step = model.selectedStep();
            if (step != null && step.exercise() != null) {
                model.editExercise(step.exercise());
            }
        });
        Form.row(what, "Exercise", new VBox(2, pickerField.box, editExercise), picker);

        ComboBox<String> level = stepForm.choice("step-level", "Level", r -> levelItems(), this::levelLabel,
                r -> step(s -> s.level() == null ? "" : s.level()),
                id -> stepEdit((b, s) -> StepEdits.setStepLevel(b, s, id.isEmpty() ? null : id)),
                () -> List.of(model.stepPath("level")));
        VBox levelBox = new VBox(2, stepForm.box(level), levelHow);
        Form.row(what, "Level", levelBox, level);

        ComboBox<Side> side = stepForm.choice("step-side", "Side", Arrays.asList(Side.values()), Wording::side,
                r -> step(Step::side), value -> stepEdit((b, s) -> StepEdits.setStepSide(b, s, value)),
                () -> List.of(model.stepPath("side")));
        Form.row(what, "Side", stepForm.box(side), side);

        TextField sets = stepForm.number("step-sets", "Sets", Form.Kind.WHOLE, false, 1,
                r -> step(s -> (double) s.sets()), v -> stepEdit((b, s) -> StepEdits.setStepSets(b, s, (int) Math.round(v))),
                () -> List.of(model.stepPath("sets")));
        Form.row(what, "Sets", Form.inline(stepForm.box(sets), Form.unit("per foot")), sets);

        ComboBox<Dose> dose = stepForm.choice("step-dose", "Each set is counted in", Arrays.asList(Dose.values()),
                d -> d.label, r -> step(s -> s.forSeconds() > 0 ? Dose.TIME : Dose.REPS), d -> stepEdit((b, s) -> {
                    Step st = model.selectedStep();
                    return d == Dose.TIME ? StepEdits.setStepForSeconds(b, s, 30)
                            : StepEdits.setStepReps(b, s, st != null && st.reps() > 0 ? st.reps() : 10);
                }), () -> List.of());
        Form.row(what, "Each set", stepForm.box(dose), dose);

        TextField amount = stepForm.number("step-reps", "Reps per set",
                () -> timed() ? Form.Kind.DECIMAL : Form.Kind.WHOLE, false, 1,
                r -> step(s -> s.forSeconds() > 0 ? s.forSeconds() : (double) s.reps()),
                v -> stepEdit((b, s) -> timed() ? StepEdits.setStepForSeconds(b, s, v) : StepEdits.setStepReps(b, s, (int) Math.round(v))),
                () -> List.of(model.stepPath("reps"), model.stepPath("for_seconds"), stepPathOnly()));
        amountLabel.getStyleClass().add("form-label");
        amountLabel.setLabelFor(amount);
        amountLabel.setMinWidth(Region.USE_PREF_SIZE);
        int amountRow = what.getRowCount();
        what.add(amountLabel, 0, amountRow);
        what.add(Form.inline(stepForm.box(amount), Form.unit("")), 1, amountRow);
        GridPane.setValignment(amountLabel, VPos.TOP);

        TextField restBetween = stepForm.number("step-rest-between", "Rest between sets, seconds", Form.Kind.DECIMAL,
                false, 5, r -> step(Step::restBetweenSetsSeconds),
                v -> stepEdit((b, s) -> StepEdits.setStepRestBetweenSets(b, s, v)),
                () -> List.of(model.stepPath("rest_between_sets_s")));
        Form.row(what, "Rest between sets", Form.inline(stepForm.box(restBetween), Form.unit("s")), restBetween);
        TextField restAfter = stepForm.number("step-rest-after", "Rest after the step, seconds", Form.Kind.DECIMAL,
                false, 5, r -> step(Step::restAfterSeconds), v -> stepEdit((b, s) -> StepEdits.setStepRestAfter(b, s, v)),
                () -> List.of(model.stepPath("rest_after_s")));
        Form.row(what, "Rest after", Form.inline(stepForm.box(restAfter), Form.unit("s")), restAfter);

        TextField stepBpm = stepForm.number("step-bpm", "Step tempo, beats per minute (blank: the block's)",
                Form.Kind.DECIMAL, true, 5,
                r -> step(s -> s.tempo() == null ? null : s.tempo().bpm()),
                v -> stepEdit((b, s) -> StepEdits.setStepBpm(b, s, v)),
                () -> List.of(model.stepPath("tempo"), model.stepPath("tempo") + ".bpm"));
        stepBpm.setPromptText("block's");
        VBox tempoBox = new VBox(2, Form.inline(stepForm.box(stepBpm), Form.unit("BPM")), tempoHint);
        Form.row(what, "Tempo", tempoBox, stepBpm);
        TextField stepMin = stepForm.number("step-min-bpm", "Slowest tempo allowed in this step (blank: the block's)",
                Form.Kind.DECIMAL, true, 5, r -> step(s -> s.tempo() == null ? null : s.tempo().minBpm()),
                v -> stepEdit((b, s) -> StepEdits.setStepBpmRange(b, s, v, stepOverride(TempoOverride::maxBpm))),
                () -> List.of(model.stepPath("tempo") + ".min_bpm"));
        TextField stepMax = stepForm.number("step-max-bpm", "Fastest tempo allowed in this step (blank: the block's)",
                Form.Kind.DECIMAL, true, 5, r -> step(s -> s.tempo() == null ? null : s.tempo().maxBpm()),
                v -> stepEdit((b, s) -> StepEdits.setStepBpmRange(b, s, stepOverride(TempoOverride::minBpm), v)),
                () -> List.of(model.stepPath("tempo") + ".max_bpm"));
        stepMin.setPromptText("block's");
        stepMax.setPromptText("block's");
        Form.row(what, "Allowed", Form.inline(stepForm.box(stepMin), Form.unit("to"), stepForm.box(stepMax), Form.unit("BPM")), stepMin);

        VBox phaseSection = section("One rep", phases);

        GridPane words = Form.grid();
        TextField title = stepForm.textField("step-title", "Step title (blank: the exercise's name)",
                r -> step(Step::title), t -> stepEdit((b, s) -> StepEdits.setStepTitle(b, s, t)));
        stepForm.field(title).paths = () -> List.of(model.stepPath("title"));
        titleField = title;
        Form.row(words, "Title", stepForm.box(title), title);
        TextField prompt = stepForm.textField("step-prompt", "Question asked after the step",
                r -> step(Step::prompt), t -> stepEdit((b, s) -> StepEdits.setStepPrompt(b, s, t)));
        stepForm.field(prompt).paths = () -> List.of(model.stepPath("prompt"));
        prompt.setPromptText("e.g. How does it compare with the right?");
        Form.row(words, "Prompt after", stepForm.box(prompt), prompt);
        TextArea note = stepForm.textArea("step-note", "Note shown with the step", 2,
                r -> step(Step::note), t -> stepEdit((b, s) -> StepEdits.setStepNote(b, s, t)));
        stepForm.field(note).paths = () -> List.of(model.stepPath("note"));
        Form.row(words, "Note", stepForm.box(note), note);
        cues = new TextListEditor(model, "step-cues", model.messages().get("text-list.item.cue"), false, r -> shownCues(), cueEdits(),
                i -> FieldPaths.index(model.stepPath("cues"), i));
        Label cuesHint = Form.hint("");
        cuesHint.setId("cues-origin");
        cuesMessage.getStyleClass().add("field-message");
        cuesMessage.setWrapText(true);
        cuesMessage.setMinHeight(Region.USE_PREF_SIZE);
        VBox cueBox = new VBox(4, cuesHint, cues, cuesMessage);
        Form.row(words, "Coaching cues", cueBox, null);
        ComboBox<String> onlyAt = stepForm.choice("step-only-at", "Play only at this level or beyond", r -> levelItems(),
                id -> id.isEmpty() ? "Always" : "At " + levelLabel(id) + " or beyond",
                r -> step(s -> s.onlyAtLevel() == null ? "" : s.onlyAtLevel()),
                id -> stepEdit((b, s) -> StepEdits.setStepOnlyAtLevel(b, s, id.isEmpty() ? null : id)),
                () -> List.of(model.stepPath("only_at_level")));
        Form.row(words, "Play", stepForm.box(onlyAt), onlyAt);
        CheckBox optional = stepForm.check("step-optional", "Optional: the user may skip it",
                r -> step(Step::optional), v -> stepEdit((b, s) -> StepEdits.setStepOptional(b, s, v)),
                () -> List.of(model.stepPath("optional")));
        Form.row(words, "", stepForm.box(optional), null);

        stepPane.getChildren().addAll(stepHeader, section("Exercise and dose", what), phaseSection,
                section("Words", words));
        stepPane.getStyleClass().add("inspector-body");
        stepScroll = scroll(stepPane);
        stepPane.setUserData(cuesHint);

        // ---------------------------------------------------------- block
        blockHeading.getStyleClass().add("pane-heading");
        blockHeading.setId("block-heading");
        blockHeading.setWrapText(true);
        blockGrid = Form.grid();
        TextField blockName = blockForm.textField("block-name", "Block name", r -> block(Block::name),
                t -> blockEdit(b -> Edits.setBlockName(b, t)));
        blockForm.field(blockName).paths = () -> List.of(blockPath("name"));
        Form.row(blockGrid, "Name", blockForm.box(blockName), blockName);
        TextArea blockNote = blockForm.textArea("block-note", "Note shown at the block's start", 2,
                r -> block(Block::note), t -> blockEdit(b -> Edits.setBlockNote(b, t)));
        blockForm.field(blockNote).paths = () -> List.of(blockPath("note"));
        Form.row(blockGrid, "Note", blockForm.box(blockNote), blockNote);
        stage = blockForm.choice("block-stage", "Stage", r -> stageItems(r), id -> stageLabel(id),
                r -> block(b -> b.stage() == null ? "" : b.stage()),
                id -> blockEdit(b -> Edits.setBlockStage(b, id.isEmpty() ? null : id)), () -> List.of(blockPath("stage"), blockPathOnly()));
        stageLabel = Form.row(blockGrid, "Stage", blockForm.box(stage), stage);

        GridPane blockTempo = Form.grid();
        TextField bpm = blockForm.number("block-bpm", "Block tempo, beats per minute (blank: the routine's)",
                Form.Kind.DECIMAL, true, 5, r -> block(b -> b.tempo() == null ? null : b.tempo().bpm()),
                v -> blockEdit(b -> Edits.setBlockBpm(b, v)), () -> List.of(blockPath("tempo") + ".bpm", blockPath("tempo")));
        Form.row(blockTempo, "Tempo", new VBox(2, Form.inline(blockForm.box(bpm), Form.unit("BPM")), blockTempoHint), bpm);
        TextField min = blockForm.number("block-min-bpm", "Slowest tempo allowed in this block (blank: the routine's)",
                Form.Kind.DECIMAL, true, 5, r -> block(b -> b.tempo() == null ? null : b.tempo().minBpm()),
                v -> blockEdit(b -> Edits.setBlockBpmRange(b, v, blockOverride(TempoOverride::maxBpm))),
                () -> List.of(blockPath("tempo") + ".min_bpm"));
        TextField max = blockForm.number("block-max-bpm", "Fastest tempo allowed in this block (blank: the routine's)",
                Form.Kind.DECIMAL, true, 5, r -> block(b -> b.tempo() == null ? null : b.tempo().maxBpm()),
                v -> blockEdit(b -> Edits.setBlockBpmRange(b, blockOverride(TempoOverride::minBpm), v)),
                () -> List.of(blockPath("tempo") + ".max_bpm"));
        min.setPromptText("routine's");
        max.setPromptText("routine's");
        Form.row(blockTempo, "Allowed", Form.inline(blockForm.box(min), Form.unit("to"), blockForm.box(max), Form.unit("BPM")), min);
        TextField ramp = blockForm.number("block-ramp", "Ramp the tempo over the block up to, beats per minute (blank: no ramp)",
                Form.Kind.DECIMAL, true, 5, r -> block(b -> b.tempo() == null ? null : b.tempo().rampToBpm()),
                v -> blockEdit(b -> Edits.setBlockRamp(b, v)), () -> List.of(blockPath("tempo") + ".ramp_to_bpm"));
        ramp.setPromptText("no ramp");
        Label rampHint = Form.hint("From the block's tempo to this, smoothly over the whole block.");
        Form.row(blockTempo, "Ramp up to", new VBox(2, Form.inline(blockForm.box(ramp), Form.unit("BPM")), rampHint), ramp);
        ComboBox<Beat> beat = blockForm.choice("block-source", "Beat from", Arrays.asList(Beat.values()), x -> x.label,
                r -> block(b -> Beat.of(b.tempo() == null ? null : b.tempo().source())),
                x -> blockEdit(b -> Edits.setBlockTempoSource(b, x.source())), () -> List.of(blockPath("tempo") + ".source"));
        Form.row(blockTempo, "Beat from", blockForm.box(beat), beat);

        GridPane flow = Form.grid();
        TextField restAfterBlock = blockForm.number("block-rest-after", "Rest after the block, seconds", Form.Kind.DECIMAL,
                false, 5, r -> block(Block::restAfterSeconds), v -> blockEdit(b -> Edits.setBlockRestAfter(b, v)),
                () -> List.of(blockPath("rest_after_s")));
        Form.row(flow, "Rest after", Form.inline(blockForm.box(restAfterBlock), Form.unit("s")), restAfterBlock);
        CheckBox cycle = blockForm.check("block-repeat", "Cycle the steps for a time",
                r -> block(b -> b.repeat() != null), on -> blockEdit(b -> Edits.setBlockRepeat(b, on ? new Repeat(120, false) : null)),
                () -> List.of(blockPath("repeat")));
        Form.row(flow, "Repeat", blockForm.box(cycle), null);
        TextField cycleSeconds = blockForm.number("block-repeat-seconds", "Cycle the steps for, seconds", Form.Kind.DECIMAL,
                false, 10, r -> block(b -> b.repeat() == null ? null : b.repeat().seconds()),
                v -> blockEdit(b -> Edits.setBlockRepeat(b, new Repeat(v, repeatUntilSongEnds()))),
                () -> List.of(blockPath("repeat") + ".seconds"));
        CheckBox untilSong = blockForm.check("block-repeat-song", "With a song, until it ends",
                r -> block(b -> b.repeat() != null && b.repeat().untilSongEnds()),
                on -> blockEdit(b -> Edits.setBlockRepeat(b, new Repeat(repeatSeconds(), on))),
                () -> List.of(blockPath("repeat") + ".until_song_ends"));
        VBox cycleRow = Form.inline(Form.unit("for"), blockForm.box(cycleSeconds), Form.unit("s"));
        VBox cycleBox = new VBox(8, cycleRow, blockForm.box(untilSong));
        cycleBox.disableProperty().bind(cycle.selectedProperty().not());
        Form.row(flow, "", cycleBox, null);

        blockPlays.setId("block-plays");
        blockPlays.getStyleClass().add("measured");
        blockPlays.setWrapText(true);
        blockPlays.setMinHeight(Region.USE_PREF_SIZE);
        blockPane.getChildren().addAll(blockHeading, blockPlays, section("Block", blockGrid), section("Tempo", blockTempo),
                section("Flow", flow));
        blockPane.getStyleClass().add("inspector-body");
        blockScroll = scroll(blockPane);

        empty.getStyleClass().add("hint");
        empty.setWrapText(true);
        empty.setId("inspector-empty");
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        empty.setPadding(new Insets(24));
        exerciseForm = new ExerciseForm(model);
        exerciseScroll = scroll(exerciseForm);
        getChildren().addAll(stepScroll, blockScroll, exerciseScroll, empty);
        model.editedExerciseProperty().addListener((o, old, now) -> {
            refresh();
            if (old == null) {
                exerciseScroll.setVvalue(0);
            }
        });
        model.revisionProperty().addListener(o -> refresh());
        model.validationProperty().addListener(o -> refresh());
        model.selectionProperty().addListener(o -> refresh());
        model.previewBpmProperty().addListener(o -> refresh());
        model.summaryProperty().addListener(o -> showBlockPlays());
        refresh();
    }

    Form stepForm() {
        return stepForm;
    }

    Form blockForm() {
        return blockForm;
    }

    /** Every form of the pane, to find the field a problem is about. */
    List<Form> forms() {
        List<Form> forms = new ArrayList<>(List.of(stepForm, blockForm));
        forms.addAll(exerciseForm.forms());
        return forms;
    }

    ExerciseForm exerciseForm() {
        return exerciseForm;
    }

    PhaseTable phases() {
        return phases;
    }

    TextListEditor cues() {
        return cues;
    }

    private static ScrollPane scroll(VBox content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    static VBox section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        VBox box = new VBox(8, heading, content);
        box.getStyleClass().add("form-section");
        return box;
    }

    void refresh() {
        EditorModel.Selection s = model.selectionProperty().get();
        boolean exerciseShown = model.editedExerciseProperty().get() != null;
        boolean stepShown = !exerciseShown && s.isStep() && model.selectedStep() != null;
        boolean blockShown = !exerciseShown && !stepShown && model.selectedBlock() != null;
        exerciseScroll.setVisible(exerciseShown);
        stepScroll.setVisible(stepShown);
        blockScroll.setVisible(blockShown);
        empty.setVisible(!exerciseShown && !stepShown && !blockShown);
        Routine r = model.routineProperty().get();
        Validation v = model.validationProperty().get();
        if (exerciseShown) {
            exerciseForm.refresh();
        } else if (stepShown) {
            Step step = model.selectedStep();
            Exercise exercise = model.exerciseOf(step);
            Block block = model.selectedBlock();
            stepHeading.setText(exercise == null ? "Step " + (s.step() + 1) : Wording.title(step, exercise));
            titleField.setPromptText(exercise == null ? "" : exercise.name());
            stepWhere.setText("Step " + (s.step() + 1) + " of " + block.steps().size() + " in "
                    + (block.name() == null || block.name().isBlank() ? "block " + (s.block() + 1) : block.name()));
            amountLabel.setText(timed() ? "Seconds per set" : "Reps per set");
            stepForm.refresh();
            cues.refresh(r, v);
            List<String> cueProblems = v.at(model.stepPath("cues"));
            cuesMessage.setText(String.join("\n", cueProblems));
            cuesMessage.setVisible(!cueProblems.isEmpty());
            cuesMessage.setManaged(!cueProblems.isEmpty());
            Label cuesHint = (Label) stepPane.getUserData();
            cuesHint.setText(step.cues() != null ? "This step's own cues." : "The exercise's cues; a change makes them this step's own.");
            phases.refresh(PhaseTable.ofStep(model), v, PhaseTable.bpmOf(model));
            if (exercise != null) {
                figure.momentProperty().set(KeyPoses.of(step, exercise));
                String level = step.level() != null ? step.level() : exercise.defaultLevel();
                levelHow.setText(exercise.level(level).map(Level::how).orElse(""));
            } else {
                levelHow.setText("");
            }
            levelHow.setVisible(!levelHow.getText().isEmpty());
            levelHow.setManaged(!levelHow.getText().isEmpty());
            tempoHint.setText("Blank: the block's " + Wording.number(inheritedStepBpm(r, block)) + " BPM");
        } else if (model.selectedBlock() != null) {
            Block block = model.selectedBlock();
            blockHeading.setText(block.name() == null || block.name().isBlank() ? "Block " + (s.block() + 1) : block.name());
            boolean stages = r.stages() != null && !r.stages().isEmpty();
            stageLabel.setVisible(stages);
            stageLabel.setManaged(stages);
            blockForm.box(stage).setVisible(stages);
            blockForm.box(stage).setManaged(stages);
            blockForm.refresh();
            blockTempoHint.setText("Blank: the routine's " + Wording.number(r.tempo() == null ? 60 : r.tempo().bpm()) + " BPM");
            showBlockPlays();
        }
    }

    private void showBlockPlays() {
        int b = model.selectionProperty().get().block();
        Summary summary = model.summaryProperty().get();
        blockPlays.setText(summary == null ? "Fix the problems to see how this block plays."
                : summary.block(b).map(p -> "Plays " + p.describe()
                        + (model.previewBpmProperty().get() != null ? " (everything at the tempo chosen below)" : ""))
                        .orElse("Not played in the stage chosen below."));
    }

    // ------------------------------------------------------------------ helpers

    private interface StepEdit {
        Edit make(int block, int step);
    }

    private Edit stepEdit(StepEdit edit) {
        EditorModel.Selection s = model.selectionProperty().get();
        return s.isStep() ? edit.make(s.block(), s.step()) : null;
    }

    private Edit blockEdit(Function<Integer, Edit> edit) {
        return edit.apply(model.selectionProperty().get().block());
    }

    private <T> T step(Function<Step, T> get) {
        Step step = model.selectedStep();
        return step == null ? null : get.apply(step);
    }

    private <T> T block(Function<Block, T> get) {
        Block block = model.selectedBlock();
        return block == null ? null : get.apply(block);
    }

    private boolean timed() {
        Step step = model.selectedStep();
        return step != null && step.forSeconds() > 0;
    }

    private String stepPathOnly() {
        EditorModel.Selection s = model.selectionProperty().get();
        return FieldPaths.step(s.block(), s.step());
    }

    private String blockPath(String field) {
        return FieldPaths.block(model.selectionProperty().get().block(), field);
    }

    private String blockPathOnly() {
        return FieldPaths.block(model.selectionProperty().get().block());
    }

    private Double blockOverride(Function<TempoOverride, Double> get) {
        Block b = model.selectedBlock();
        return b == null || b.tempo() == null ? null : get.apply(b.tempo());
    }

    private Double stepOverride(Function<TempoOverride, Double> get) {
        Step st = model.selectedStep();
        return st == null || st.tempo() == null ? null : get.apply(st.tempo());
    }

    private boolean repeatUntilSongEnds() {
        Block b = model.selectedBlock();
        return b != null && b.repeat() != null && b.repeat().untilSongEnds();
    }

    private double repeatSeconds() {
        Block b = model.selectedBlock();
        return b != null && b.repeat() != null ? b.repeat().seconds() : 120;
    }

    private static double inheritedStepBpm(Routine r, Block block) {
        Tempo base = r.tempo() == null ? new Tempo(60, 40, 100, 0, TempoSource.METRONOME, 4, 4, 120) : r.tempo();
        return base.with(block.tempo()).bpm();
    }

    /** "" (the default) and the level ids of the selected step's exercise. */
    private List<String> levelItems() {
        List<String> items = new ArrayList<>();
        items.add("");
        Step step = model.selectedStep();
        Exercise exercise = step == null ? null : model.exerciseOf(step);
        if (exercise != null && exercise.levels() != null) {
            exercise.levels().forEach(l -> items.add(l.id()));
        }
        Step st = model.selectedStep();
        for (String id : st == null ? List.<String>of() : Arrays.asList(st.level(), st.onlyAtLevel())) {
            if (id != null && !items.contains(id)) {
                items.add(id);
            }
        }
        return items;
    }

    private String levelLabel(String id) {
        Step step = model.selectedStep();
        Exercise exercise = step == null ? null : model.exerciseOf(step);
        if (id == null || id.isEmpty()) {
            if (exercise == null || exercise.levels() == null || exercise.levels().isEmpty()) {
                return "The exercise has no levels";
            }
            String def = exercise.defaultLevel() != null ? exercise.defaultLevel() : exercise.levels().get(0).id();
            return "Default (" + exercise.level(def).map(Level::name).orElse(def) + ")";
        }
        return exercise == null ? id : exercise.level(id).map(Level::name).orElse(id + " (not a level of this exercise)");
    }

    private static List<String> stageItems(Routine r) {
        List<String> items = new ArrayList<>();
        items.add("");
        if (r.stages() != null) {
            r.stages().stream().map(Stage::id).filter(Objects::nonNull).forEach(items::add);
        }
        return items;
    }

    private String stageLabel(String id) {
        if (id == null || id.isEmpty()) {
            return "None";
        }
        Routine r = model.routineProperty().get();
        return r.stages().stream().filter(s -> id.equals(s.id())).findFirst()
                .map(s -> s.name() + " (weeks " + s.fromWeek() + "–" + s.toWeek() + ")").orElse(id);
    }

    /** The cues the step plays: its own, else its exercise's. */
    private List<String> shownCues() {
        Step step = model.selectedStep();
        if (step == null) {
            return List.of();
        }
        if (step.cues() != null) {
            return step.cues();
        }
        Exercise exercise = model.exerciseOf(step);
        return exercise == null || exercise.cues() == null ? List.of() : exercise.cues();
    }

    private TextListEditor.ListEdits cueEdits() {
        return TextListEditor.replacing(model.messages(), this::shownCues, cues -> {
            EditorModel.Selection s = model.selectionProperty().get();
            return StepEdits.setStepCues(s.block(), s.step(), cues);
        }, model.messages().get("text-list.item.cue"));
    }

    /** The fields of the step form, for tests and focus. */
    List<Control> stepControls() {
        return stepForm.fields().stream().map(f -> f.control).toList();
    }
}
