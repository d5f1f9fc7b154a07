package org.toetempo.ui.history;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.toetempo.history.Effort;
import org.toetempo.history.Ratings;
import org.toetempo.history.RedFlag;
import org.toetempo.history.SessionRecord;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The quick rating screen after a session (finished or stopped part-way): big buttons to tap standing up. Save
 * hands the {@link Ratings} to {@code onSave} (for {@code HistoryStore.rate(session.id(), ratings)}); Skip leaves the
 * session unrated.
 */
public final class RatingView extends BorderPane {

    /** Shown when a warning sign is ticked (rule R4). */
    public static final String SAFETY_MESSAGE = "Stop here. Sharp pain, new swelling, numbness or a tender spot on a "
            + "bone are warning signs: don't carry on with foot exercises, and see a clinician (GP, physiotherapist or "
            + "podiatrist) before you start again. Hops and heel raises will be hidden until you have been cleared.";

    private final RatingModel model;

    public RatingView(SessionRecord session, Function<String, String> exerciseNames, Consumer<Ratings> onSave, Runnable onSkip) {
        this(new RatingModel(session, exerciseNames), onSave, onSkip);
    }

    public RatingView(RatingModel model, Consumer<Ratings> onSave, Runnable onSkip) {
        this.model = model;
        getStyleClass().addAll("history-screen", "rating-view");
        setId("rating-view");
        SessionRecord session = model.session();

        Label title = new Label(session.completed() ? "Well done! How did it go?" : "How did it go so far?");
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(HistoryFormat.sessionLine(session));
        subtitle.getStyleClass().add("screen-subtitle");
        VBox header = new VBox(2, title, subtitle);

        VBox body = new VBox(18);
        body.getStyleClass().add("rating-body");
        body.getChildren().add(header);
        TimingSummary timing = new TimingSummary(session, this::exerciseName);
        if (!timing.isEmpty()) {
            timing.setId("timing-result");
            body.getChildren().add(section("Your timing", "From your taps: how far from the click each lift was", timing));
        }
        if (!model.exercises().isEmpty()) {
            body.getChildren().add(section("Effort", "How hard did each exercise feel?", exercises()));
        }
        body.getChildren().add(section("Pain", "During the session: 0 none, 10 the worst imaginable",
                scale(model.painProperty(), "pain")));
        body.getChildren().add(section("Stiffness", "During or just after: 0 none, 10 very stiff",
                scale(model.stiffnessProperty(), "stiffness")));
        if (!model.blocks().isEmpty()) {
            GridPane beats = grid();
            int row = 0;
            for (RatingModel.BlockItem block : model.blocks()) {
                Label name = new Label(block.name());
                name.getStyleClass().add("row-name");
                beats.addRow(row++, name, yesNo(block.onBeatProperty(), "beat-" + block.index()));
            }
            body.getChildren().add(section("Stayed on the beat?", "Every rep in time with the click", beats));
        }
        body.getChildren().add(section("Anything else?", null, extras()));

        TextArea note = new TextArea();
        note.setId("note");
        note.setPromptText("A note for yourself or your physio (optional)");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= Ratings.MAX_NOTE ? c : null));
        note.textProperty().bindBidirectional(model.noteProperty());
        body.getChildren().add(note);

        body.setMaxWidth(880);
        setCenter(Pages.centred(body));

        Button save = Pages.save("save-rating");
        save.setOnAction(e -> onSave.accept(model.ratings()));
        Label hint = new Label("Every question is optional.");
        hint.getStyleClass().add("hint");
        setBottom(Pages.actionBar(hint, Pages.skip("skip-rating", onSkip), save));
    }

    public RatingModel model() {
        return model;
    }

    private String exerciseName(String id) {
        return model.exercises().stream().filter(e -> e.id().equals(id)).map(RatingModel.ExerciseItem::name)
                .findFirst().orElse(id);
    }

    private VBox exercises() {
        VBox rows = new VBox(8);
        Map<Effort, String> efforts = new LinkedHashMap<>();
        efforts.put(Effort.EASY, "Easy");
        efforts.put(Effort.JUST_RIGHT, "Just right");
        efforts.put(Effort.HARD, "Hard");
        for (RatingModel.ExerciseItem item : model.exercises()) {
            Label name = new Label(item.name());
            name.getStyleClass().add("row-name");
            name.setWrapText(true);
            Segmented<Effort> effort = new Segmented<>(item.effortProperty(), efforts, "effort-" + item.id(), Effort::json);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(12, name, spacer, effort);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(8, top);
            card.getStyleClass().add("exercise-row");
            FlowPane extra = new FlowPane(24, 8);
            if (item.oneSided()) {
                Map<RatingModel.HarderSide, String> sides = new LinkedHashMap<>();
                sides.put(RatingModel.HarderSide.LEFT, "Left");
                sides.put(RatingModel.HarderSide.RIGHT, "Right");
                sides.put(RatingModel.HarderSide.SAME, "Same");
                extra.getChildren().add(question("Which side was harder?",
                        new Segmented<>(item.harderSideProperty(), sides, "side-" + item.id(), s -> s.name().toLowerCase(Locale.ROOT))));
            }
            if (item.shortFoot()) {
                extra.getChildren().add(question("Toes stayed relaxed?", yesNo(item.toesRelaxedProperty(), "toes-" + item.id())));
            }
            if (!extra.getChildren().isEmpty()) {
                card.getChildren().add(extra);
            }
            rows.getChildren().add(card);
        }
        return rows;
    }

    private static HBox question(String text, Region control) {
        Label label = new Label(text);
        label.getStyleClass().add("question");
        HBox box = new HBox(10, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Segmented<Boolean> yesNo(ObjectProperty<Boolean> property, String id) {
        Map<Boolean, String> options = new LinkedHashMap<>();
        options.put(Boolean.TRUE, "Yes");
        options.put(Boolean.FALSE, "No");
        return new Segmented<>(property, options, id, v -> v ? "yes" : "no");
    }

    /** 0 to 10 as a row of square buttons, coloured by the catalogue's thresholds once chosen. */
    static Segmented<Integer> scale(ObjectProperty<Integer> property, String id) {
        Map<Integer, String> options = new LinkedHashMap<>();
        for (int i = 0; i <= 10; i++) {
            options.put(i, Integer.toString(i));
        }
        Segmented<Integer> row = new Segmented<>(property, options, id, String::valueOf);
        row.getStyleClass().add("scale");
        for (int i = 0; i <= 10; i++) {
            ToggleButton button = row.button(i);
            button.getStyleClass().add(i <= 3 ? "level-low" : i <= 5 ? "level-mid" : "level-high");
        }
        return row;
    }

    private VBox extras() {
        CheckBox cramp = new CheckBox("I got a cramp (arch or toes)");
        cramp.setId("cramp");
        cramp.selectedProperty().bindBidirectional(model.crampProperty());
        ComboBox<String> where = new ComboBox<>();
        where.setId("cramp-exercise");
        where.setPromptText("Which exercise? (not sure)");
        where.setAccessibleText("Which exercise the cramp came in");
        where.getItems().add(null);
        Map<String, String> names = new LinkedHashMap<>();
        for (RatingModel.ExerciseItem item : model.exercises()) {
            names.put(item.id(), item.name());
            where.getItems().add(item.id());
        }
        where.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "Not sure" : names.getOrDefault(id, id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        where.valueProperty().bindBidirectional(model.crampExerciseProperty());
        where.visibleProperty().bind(model.crampProperty());
        where.managedProperty().bind(model.crampProperty());
        HBox crampRow = new HBox(12, cramp, where);
        crampRow.setAlignment(Pos.CENTER_LEFT);
        Label signs = new Label("Warning signs:");
        signs.getStyleClass().add("question");
        FlowPane flags = new FlowPane(20, 8);
        for (RedFlag flag : RedFlag.values()) {
            String text = flag.describe();
            CheckBox box = new CheckBox(Character.toUpperCase(text.charAt(0)) + text.substring(1));
            box.setId("flag-" + flag.json());
            box.selectedProperty().bindBidirectional(model.redFlagProperty(flag));
            flags.getChildren().add(box);
        }
        Label safety = new Label(SAFETY_MESSAGE, new FontIcon(Feather.ALERT_TRIANGLE));
        safety.setId("safety-message");
        safety.getStyleClass().add("safety-message");
        safety.setWrapText(true);
        safety.setMinHeight(Region.USE_PREF_SIZE);
        safety.visibleProperty().bind(model.warningProperty());
        safety.managedProperty().bind(model.warningProperty());
        return new VBox(10, crampRow, signs, flags, safety);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        return grid;
    }

    static VBox section(String title, String hint, Region content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-heading");
        VBox box = new VBox(6, label);
        if (hint != null) {
            Label small = new Label(hint);
            small.getStyleClass().add("hint");
            box.getChildren().add(small);
        }
        box.getChildren().add(content);
        box.getStyleClass().add("rating-section");
        return box;
    }
}
