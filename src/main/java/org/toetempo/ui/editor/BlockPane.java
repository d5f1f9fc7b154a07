package org.toetempo.ui.editor;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edit;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Summary;
import org.toetempo.routine.Block;
import org.toetempo.routine.Repeat;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.routine.TempoOverride;
import org.toetempo.routine.TempoSource;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The form of the selected block: its name, note and stage, its tempo, and how it flows (rest, cycling the steps). */
final class BlockPane extends VBox {

    /** "Follow the routine" and the two beat sources, as a choice (combo boxes show no null item). */
    enum Beat {
        INHERIT, METRONOME, SONG;

        static Beat of(TempoSource source) {
            return source == null ? INHERIT : source == TempoSource.SONG ? SONG : METRONOME;
        }

        TempoSource source() {
            return this == INHERIT ? null : this == SONG ? TempoSource.SONG : TempoSource.METRONOME;
        }
    }

    private final EditorModel model;
    private final Messages messages;
    private final SummaryWords summaryWords;
    private final Form form;
    private final Label heading = new Label();
    private final Label tempoHint = FormLayout.hint("");
    /** How long the selected block plays and at what tempos (where a ramp starts and ends), from the live summary. */
    private final Label plays = new Label();
    private Label stageLabel;
    private ComboBox<String> stage;

    BlockPane(EditorModel model) {
        super(14);
        this.model = model;
        this.messages = model.messages();
        this.summaryWords = new SummaryWords(messages);
        this.form = new Form(model);
        heading.getStyleClass().add("pane-heading");
        heading.setId("block-heading");
        heading.setWrapText(true);
        plays.setId("block-plays");
        plays.getStyleClass().add("measured");
        plays.setWrapText(true);
        plays.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(heading, plays, Inspector.section(messages.get("editor.block.section"), about()),
                Inspector.section(messages.get("editor.tempo"), tempo()),
                Inspector.section(messages.get("editor.block.section.flow"), flow()));
        getStyleClass().add("inspector-body");
        model.summaryProperty().addListener(o -> showPlays());
    }

    Form form() {
        return form;
    }

    /** Name, note and (in a programme) stage. */
    private GridPane about() {
        GridPane grid = FormLayout.grid();
        TextField name = form.textField("block-name", messages.get("editor.block.name.accessible"), r -> block(Block::name),
                t -> blockEdit(b -> Edits.setBlockName(b, t)));
        form.field(name).paths = () -> List.of(blockPath("name"));
        FormLayout.row(grid, messages.get("editor.name"), form.box(name), name);
        TextArea note = form.textArea("block-note", messages.get("editor.block.note.accessible"), 2,
                r -> block(Block::note), t -> blockEdit(b -> Edits.setBlockNote(b, t)));
        form.field(note).paths = () -> List.of(blockPath("note"));
        FormLayout.row(grid, messages.get("editor.note"), form.box(note), note);
        stage = form.choice("block-stage", messages.get("editor.block.stage"), r -> stageItems(r), this::stageLabel,
                r -> block(b -> b.stage() == null ? "" : b.stage()),
                id -> blockEdit(b -> Edits.setBlockStage(b, id.isEmpty() ? null : id)), () -> List.of(blockPath("stage"), blockPathOnly()));
        stageLabel = FormLayout.row(grid, messages.get("editor.block.stage"), form.box(stage), stage);
        return grid;
    }

    /** The block's tempo, the range it may be played in, a ramp, and where the beat comes from. */
    private GridPane tempo() {
        GridPane grid = FormLayout.grid();
        String bpmUnit = messages.get("editor.unit.bpm");
        TextField bpm = form.number("block-bpm", messages.get("editor.block.bpm.accessible"),
                Form.Kind.DECIMAL, true, 5, r -> block(b -> b.tempo() == null ? null : b.tempo().bpm()),
                v -> blockEdit(b -> Edits.setBlockBpm(b, v)), () -> List.of(blockPath("tempo") + ".bpm", blockPath("tempo")));
        FormLayout.row(grid, messages.get("editor.tempo"),
                new VBox(2, FormLayout.inline(form.box(bpm), FormLayout.unit(bpmUnit)), tempoHint), bpm);
        TextField min = form.number("block-min-bpm", messages.get("editor.block.min-bpm.accessible"),
                Form.Kind.DECIMAL, true, 5, r -> block(b -> b.tempo() == null ? null : b.tempo().minBpm()),
                v -> blockEdit(b -> Edits.setBlockBpmRange(b, v, override(TempoOverride::maxBpm))),
                () -> List.of(blockPath("tempo") + ".min_bpm"));
        TextField max = form.number("block-max-bpm", messages.get("editor.block.max-bpm.accessible"),
                Form.Kind.DECIMAL, true, 5, r -> block(b -> b.tempo() == null ? null : b.tempo().maxBpm()),
                v -> blockEdit(b -> Edits.setBlockBpmRange(b, override(TempoOverride::minBpm), v)),
                () -> List.of(blockPath("tempo") + ".max_bpm"));
        min.setPromptText(messages.get("editor.block.routines"));
        max.setPromptText(messages.get("editor.block.routines"));
        FormLayout.row(grid, messages.get("editor.tempo.allowed"), FormLayout.inline(form.box(min),
                FormLayout.unit(messages.get("editor.unit.to")), form.box(max), FormLayout.unit(bpmUnit)), min);
        TextField ramp = form.number("block-ramp", messages.get("editor.block.ramp.accessible"),
                Form.Kind.DECIMAL, true, 5, r -> block(b -> b.tempo() == null ? null : b.tempo().rampToBpm()),
                v -> blockEdit(b -> Edits.setBlockRamp(b, v)), () -> List.of(blockPath("tempo") + ".ramp_to_bpm"));
        ramp.setPromptText(messages.get("editor.tempo.no-ramp"));
        Label rampHint = FormLayout.hint(messages.get("editor.block.ramp.hint"));
        FormLayout.row(grid, messages.get("editor.tempo.ramp"),
                new VBox(2, FormLayout.inline(form.box(ramp), FormLayout.unit(bpmUnit)), rampHint), ramp);
        ComboBox<Beat> beat = form.choice("block-source", messages.get("editor.tempo.source"), Arrays.asList(Beat.values()),
                this::beatLabel, r -> block(b -> Beat.of(b.tempo() == null ? null : b.tempo().source())),
                x -> blockEdit(b -> Edits.setBlockTempoSource(b, x.source())), () -> List.of(blockPath("tempo") + ".source"));
        FormLayout.row(grid, messages.get("editor.tempo.source"), form.box(beat), beat);
        return grid;
    }

    /** The rest after the block, and cycling its steps for a time (or until the song ends). */
    private GridPane flow() {
        GridPane grid = FormLayout.grid();
        String seconds = messages.get("editor.unit.seconds");
        TextField restAfter = form.number("block-rest-after", messages.get("editor.block.rest-after.accessible"),
                Form.Kind.DECIMAL, false, 5, r -> block(Block::restAfterSeconds), v -> blockEdit(b -> Edits.setBlockRestAfter(b, v)),
                () -> List.of(blockPath("rest_after_s")));
        FormLayout.row(grid, messages.get("editor.step.rest-after"),
                FormLayout.inline(form.box(restAfter), FormLayout.unit(seconds)), restAfter);
        CheckBox cycle = form.check("block-repeat", messages.get("editor.block.repeat.check"),
                r -> block(b -> b.repeat() != null), on -> blockEdit(b -> Edits.setBlockRepeat(b, on ? new Repeat(120, false) : null)),
                () -> List.of(blockPath("repeat")));
        FormLayout.row(grid, messages.get("editor.block.repeat"), form.box(cycle), null);
        TextField cycleSeconds = form.number("block-repeat-seconds", messages.get("editor.block.repeat-seconds.accessible"),
                Form.Kind.DECIMAL, false, 10, r -> block(b -> b.repeat() == null ? null : b.repeat().seconds()),
                v -> blockEdit(b -> Edits.setBlockRepeat(b, new Repeat(v, repeatUntilSongEnds()))),
                () -> List.of(blockPath("repeat") + ".seconds"));
        CheckBox untilSong = form.check("block-repeat-song", messages.get("editor.block.repeat-song"),
                r -> block(b -> b.repeat() != null && b.repeat().untilSongEnds()),
                on -> blockEdit(b -> Edits.setBlockRepeat(b, new Repeat(repeatSeconds(), on))),
                () -> List.of(blockPath("repeat") + ".until_song_ends"));
        VBox cycleRow = FormLayout.inline(FormLayout.unit(messages.get("editor.unit.for")), form.box(cycleSeconds),
                FormLayout.unit(seconds));
        VBox cycleBox = new VBox(8, cycleRow, form.box(untilSong));
        cycleBox.disableProperty().bind(cycle.selectedProperty().not());
        FormLayout.row(grid, "", cycleBox, null);
        return grid;
    }

    /** Shows the selected block (there is one). */
    void refresh(Routine r) {
        Block block = model.selectedBlock();
        int index = model.selectionProperty().get().block();
        heading.setText(block.name() == null || block.name().isBlank()
                ? messages.get("editor.where.block", index + 1) : block.name());
        boolean stages = r.stages() != null && !r.stages().isEmpty();
        stageLabel.setVisible(stages);
        stageLabel.setManaged(stages);
        form.box(stage).setVisible(stages);
        form.box(stage).setManaged(stages);
        form.refresh();
        tempoHint.setText(messages.get("editor.block.bpm.blank", Wording.number(r.tempo() == null ? 60 : r.tempo().bpm())));
        showPlays();
    }

    private void showPlays() {
        int b = model.selectionProperty().get().block();
        Summary summary = model.summaryProperty().get();
        plays.setText(summary == null ? messages.get("editor.block.plays.fix-problems")
                : summary.block(b).map(p -> model.previewBpmProperty().get() != null
                        ? messages.get("editor.block.plays.at-chosen-tempo", summaryWords.block(p))
                        : messages.get("editor.block.plays", summaryWords.block(p)))
                        .orElse(messages.get("editor.block.plays.not-in-stage")));
    }

    // ------------------------------------------------------------------ helpers

    private String beatLabel(Beat beat) {
        return switch (beat) {
            case INHERIT -> messages.get("editor.block.beat.routine");
            case METRONOME -> messages.get("editor.tempo.source.metronome");
            case SONG -> messages.get("editor.tempo.source.song");
        };
    }

    private Edit blockEdit(Function<Integer, Edit> edit) {
        return edit.apply(model.selectionProperty().get().block());
    }

    private <T> T block(Function<Block, T> get) {
        Block block = model.selectedBlock();
        return block == null ? null : get.apply(block);
    }

    private String blockPath(String field) {
        return FieldPaths.block(model.selectionProperty().get().block(), field);
    }

    private String blockPathOnly() {
        return FieldPaths.block(model.selectionProperty().get().block());
    }

    private Double override(Function<TempoOverride, Double> get) {
        Block b = model.selectedBlock();
        return b == null || b.tempo() == null ? null : get.apply(b.tempo());
    }

    private boolean repeatUntilSongEnds() {
        Block b = model.selectedBlock();
        return b != null && b.repeat() != null && b.repeat().untilSongEnds();
    }

    private double repeatSeconds() {
        Block b = model.selectedBlock();
        return b != null && b.repeat() != null ? b.repeat().seconds() : 120;
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
            return messages.get("editor.block.stage.none");
        }
        Routine r = model.routineProperty().get();
        return r.stages().stream().filter(s -> id.equals(s.id())).findFirst()
                .map(s -> messages.get("editor.block.stage.weeks", s.name(), s.fromWeek(), s.toWeek())).orElse(id);
    }
}
