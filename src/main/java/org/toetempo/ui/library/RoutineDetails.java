package org.toetempo.ui.library;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.routine.Block;
import org.toetempo.routine.Exercise;
import org.toetempo.routine.Level;
import org.toetempo.routine.Problem;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.Step;
import org.toetempo.routine.Wording;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedRoutine;
import org.toetempo.timing.ScheduledStep;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The details pane: purpose, facts, the steps with their doses, and the safety notes; or a broken file's problems. */
final class RoutineDetails extends VBox {

    static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    private final Words words;
    private final Messages text;
    private final Consumer<Routine> onStart;
    private Consumer<RoutineLibrary.Entry> onEdit = e -> { };
    private Consumer<Routine> onHandout = r -> { };
    private Consumer<Routine> onExportAudio = r -> { };
    private Consumer<Routine> onCalendar = r -> { };
    private Levels levels = Levels.asWritten();
    private Runnable onLevelChanged = () -> { };
    private RoutineLibrary.Entry shown;
    /** The options the routine shown was laid out with; {@code null} when none is shown. */
    private PlayOptions shownOptions;

    RoutineDetails(Words words, Consumer<Routine> onStart) {
        super(12);
        this.words = words;
        this.text = words.text();
        this.onStart = onStart;
        getStyleClass().add("routine-details");
        setId("routine-details");
    }

    void setOnEdit(Consumer<RoutineLibrary.Entry> action) {
        onEdit = action;
    }

    void setOnHandout(Consumer<Routine> action) {
        onHandout = action;
    }

    void setOnExportAudio(Consumer<Routine> action) {
        onExportAudio = action;
    }

    void setOnCalendar(Consumer<Routine> action) {
        onCalendar = action;
    }

    /** Told after the user picked a level (the list's cards show the new length). */
    void setOnLevelChanged(Runnable action) {
        onLevelChanged = action;
    }

    void setLevels(Levels value) {
        levels = value;
        // The plan is read again each time the library comes back: lay out again only when it changes the routine.
        if (shown != null && shown.ok() && value.options(shown.routine()).equals(shownOptions)) {
            return;
        }
        show(shown);
    }

    void show(RoutineLibrary.Entry entry) {
        shown = entry;
        shownOptions = null;
        getChildren().clear();
        if (entry == null) {
            return;
        }
        if (!entry.ok()) {
            showProblems(entry);
            return;
        }
        Routine r = entry.routine();
        PlayOptions options = levels.options(r);
        shownOptions = options;
        // What the details list is what this user plays: their stage, levels and doses.
        PlayedRoutine played = PlayedRoutine.of(r, options);
        getChildren().add(wrapped(r.name(), "details-title"));
        getChildren().add(wrapped(played.summary(text), "details-summary"));
        Button start = new Button(text.get("details.start"), new FontIcon(Feather.PLAY));
        start.setId("start-routine");
        start.getStyleClass().addAll("start-button", "accent");
        start.setDefaultButton(true);
        start.setAccessibleText(text.get("details.start.accessible", r.name()));
        start.setOnAction(e -> onStart.accept(r));
        Button edit = new Button(entry.origin() == RoutineLibrary.Origin.USER ? text.get("details.edit")
                : text.get("details.duplicate"),
                new FontIcon(Feather.EDIT_2));
        edit.setId("edit-routine");
        edit.setOnAction(e -> onEdit.accept(entry));
        Button handout = new Button(text.get("details.handout"), new FontIcon(Feather.PRINTER));
        handout.setId("print-handout");
        handout.setOnAction(e -> onHandout.accept(r));
        Button audio = new Button(text.get("details.export-audio"), new FontIcon(Feather.HEADPHONES));
        audio.setId("export-audio");
        audio.setAccessibleText(text.get("details.export-audio.accessible", r.name()));
        audio.setOnAction(e -> onExportAudio.accept(r));
        // A narrow pane wraps the buttons onto a second row rather than cutting their words.
        for (Button button : List.of(start, edit, handout, audio)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        Button calendar = new Button(text.get("details.calendar"), new FontIcon(Feather.CALENDAR));
        calendar.setId("add-to-calendar");
        calendar.setOnAction(e -> onCalendar.accept(r));
        calendar.setMinWidth(Button.USE_PREF_SIZE);
        FlowPane actions = new FlowPane(8, 8, start, edit, handout, audio, calendar);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(actions);
        FlowPane facts = new FlowPane(8, 8,
                chip(words.about(played.schedule().totalNanos() / 1e9)),
                chip(words.frequency(r.frequency())),
                chip(words.difficulty(r.difficulty())),
                chip(r.equipment().isEmpty() ? text.get("library.no-equipment")
                        : text.get("library.items-needed", r.equipment().size())),
                chip(words.audiences(r.audience())),
                chip(bpm(played.tempoRange())));
        facts.getStyleClass().add("facts");
        getChildren().add(facts);
        if (!r.equipment().isEmpty()) {
            // A line that wraps, not a chip: "A wall or counter to hold for the standing levels" is wider than a
            // narrow pane.
            getChildren().add(wrapped(text.get("details.equipment", String.join(", ", r.equipment())), "details-text"));
        }
        getChildren().add(wrapped(r.purpose(), "details-text"));
        Node picker = levelPicker(r, played);
        if (picker != null) {
            getChildren().add(picker);
        }
        if (r.setup() != null) {
            getChildren().add(wrapped(text.get("details.setup", r.setup()), "details-text"));
        }
        Map<String, PlayedRoutine> byStage = new HashMap<>();
        for (int b = 0; b < r.blocks().size(); b++) {
            Block block = r.blocks().get(b);
            // A programme lists every stage; each stage's steps as that stage plays at the user's levels.
            PlayedRoutine stagePlay = block.stage() == null ? played
                    : byStage.computeIfAbsent(block.stage(), st -> PlayedRoutine.of(r, options.withStage(st)));
            if (!stagePlay.playsBlock(b)) {
                continue;
            }
            getChildren().add(wrapped(blockTitle(r, block, stagePlay, b), "section-title"));
            if (block.note() != null) {
                getChildren().add(wrapped(block.note(), "block-note"));
            }
            int n = 1;
            for (int i = 0; i < block.steps().size(); i++) {
                Optional<ScheduledStep> plays = stagePlay.step(b, i);
                if (plays.isEmpty()) {
                    continue;
                }
                Step step = block.steps().get(i);
                Exercise exercise = r.exercise(step.exercise());
                String level = plays.get().level() == null ? "" : exercise.level(plays.get().level())
                        .map(l -> l.name() + " · ").orElse("");
                String title = n++ + ".  " + Wording.title(step, exercise);
                // The tempo this step plays (a step's own tempo, or the block's when it has none), not the file's.
                String tempo = blockTempo(stagePlay, b) == null ? " · " + words.bpm(plays.get().bpm()) : "";
                VBox stepBox = new VBox(2,
                        wrapped(step.optional() ? text.get("details.optional", title) : title, "step-title"),
                        wrapped(level + words.dose(step, exercise) + tempo, "step-dose"));
                stepBox.getStyleClass().add("step");
                getChildren().add(stepBox);
            }
        }
        getChildren().add(styled(new Label(text.get("details.safety")), "section-title"));
        getChildren().add(bullets(r.safety(), "safety-note"));
        if (!r.credits().isEmpty()) {
            getChildren().add(styled(new Label(text.get("details.credits")), "section-title"));
            getChildren().add(bullets(r.credits(), "muted"));
        }
    }

    /** "Your level" for each exercise with levels that the routine plays: shown, and chosen here. */
    private Node levelPicker(Routine routine, PlayedRoutine played) {
        Map<String, String> current = new LinkedHashMap<>();
        for (ScheduledStep step : played.schedule().steps()) {
            if (step.level() != null && step.exercise().levels().size() > 1) {
                current.putIfAbsent(step.exercise().id(), step.level());
            }
        }
        if (current.isEmpty()) {
            return null;
        }
        VBox box = new VBox(6, styled(new Label(text.get("details.your-level")), "section-title"));
        box.setId("level-picker");
        for (Map.Entry<String, String> entry : current.entrySet()) {
            Exercise exercise = routine.exercise(entry.getKey());
            ComboBox<String> choice = new ComboBox<>();
            choice.setId("level-" + exercise.id());
            choice.getItems().setAll(exercise.levels().stream().map(Level::id).toList());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(String id) {
                    return id == null ? "" : exercise.level(id).map(Level::name).orElse(id);
                }

                @Override
                public String fromString(String text) {
                    return null;
                }
            });
            choice.setValue(entry.getValue());
            choice.setAccessibleText(text.get("details.your-level-for", exercise.name()));
            choice.setOnAction(e -> {
                String picked = choice.getValue();
                if (picked != null && !picked.equals(entry.getValue())) {
                    levels.choose(routine, exercise.id(), picked, problem -> {
                        show(shown);
                        onLevelChanged.run();
                        if (problem != null) {
                            getChildren().add(1, wrapped(problem.in(text), "problem"));
                        }
                    });
                    show(shown);
                    onLevelChanged.run();
                }
            });
            Label name = new Label(exercise.name());
            name.setMinWidth(Label.USE_PREF_SIZE);
            String how = exercise.level(entry.getValue()).map(Level::how).orElse("");
            // The choice goes below a long exercise name in a narrow pane.
            FlowPane row = new FlowPane(8, 4, name, choice);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().addAll(row, wrapped(how, "muted"));
        }
        return box;
    }

    /** "48–60 BPM": the tempos the played steps start at, not the routine's default. */
    private String bpm(double[] range) {
        return Math.round(range[0]) == Math.round(range[1]) ? words.bpm(range[0])
                : words.bpm(words.number(range[0]) + "–" + words.number(range[1]));
    }

    /** The one tempo every played step of the block starts at, or {@code null} when they differ. */
    private static Double blockTempo(PlayedRoutine played, int block) {
        double[] range = played.schedule().steps().stream().filter(s -> s.block() == block)
                .mapToDouble(ScheduledStep::bpm).collect(() -> new double[] {Double.MAX_VALUE, -1},
                        (r, bpm) -> {
                            r[0] = Math.min(r[0], bpm);
                            r[1] = Math.max(r[1], bpm);
                        }, (a, c) -> { });
        return range[1] < 0 || Math.round(range[0]) != Math.round(range[1]) ? null : range[0];
    }

    /** The block's name with the tempo its steps play at (one tempo for all), and its stage in a programme. */
    private String blockTitle(Routine routine, Block block, PlayedRoutine played, int index) {
        Double bpm = blockTempo(played, index);
        String tempo = bpm == null ? "" : " · " + words.bpm(bpm);
        String stage = block.stage() == null ? "" : routine.stages().stream()
                .filter(s -> s.id().equals(block.stage())).findFirst()
                .map(s -> text.get("details.stage", s.name(), s.fromWeek(), s.toWeek()) + " · ").orElse("");
        return stage + block.name() + tempo;
    }

    private void showProblems(RoutineLibrary.Entry entry) {
        getChildren().add(wrapped(text.get("details.problems.title"), "details-title"));
        getChildren().add(wrapped(entry.location(), "muted"));
        getChildren().add(wrapped(text.get("details.problems.fix"), "details-text"));
        List<Problem> problems = entry.result().problems();
        VBox list = new VBox(4);
        for (Problem p : problems) {
            Label line = wrapped(text.get("details.problem", p.line(), p.column(), p.path()) + "\n" + p.message(text), "problem");
            list.getChildren().add(line);
        }
        getChildren().add(list);
        pseudoClassStateChanged(BROKEN, true);
    }

    private static Node bullets(List<String> items, String style) {
        VBox box = new VBox(4);
        for (String item : items) {
            box.getChildren().add(wrapped("•  " + item, style));
        }
        return box;
    }

    private static Label chip(String text) {
        return styled(new Label(text), "chip");
    }

    private static Label wrapped(String text, String style) {
        Label label = styled(new Label(text), style);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label styled(Label label, String style) {
        label.getStyleClass().add(style);
        return label;
    }
}
