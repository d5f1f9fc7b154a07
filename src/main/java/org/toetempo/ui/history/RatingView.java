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
import org.toetempo.text.Messages;

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

    private final RatingModel model;
    private final Messages text;

    public RatingView(Messages text, SessionRecord session, Function<String, String> exerciseNames,
                      Consumer<Ratings> onSave, Runnable onSkip) {
        this(text, new RatingModel(session, exerciseNames, block -> text.get("history.block", block + 1)), onSave,
                onSkip);
    }

    public RatingView(Messages text, RatingModel model, Consumer<Ratings> onSave, Runnable onSkip) {
        this.model = model;
        this.text = text;
        HistoryFormat format = new HistoryFormat(text);
        getStyleClass().addAll("history-screen", "rating-view");
        setId("rating-view");
        SessionRecord session = model.session();

        Label title = new Label(session.completed() ? text.get("rating.title.done")
                : text.get("rating.title.part-way"));
        title.setWrapText(true);
        title.getStyleClass().add("screen-title");
        Label subtitle = new Label(format.sessionLine(session));
        subtitle.setWrapText(true);
        subtitle.getStyleClass().add("screen-subtitle");
        VBox header = new VBox(2, title, subtitle);

        VBox body = new VBox(18);
        body.getStyleClass().add("rating-body");
        body.getChildren().add(header);
        TimingSummary timing = new TimingSummary(format, session, this::exerciseName);
        if (!timing.isEmpty()) {
            timing.setId("timing-result");
            body.getChildren().add(section(text.get("rating.timing"), text.get("rating.timing.hint"), timing));
        }
        if (!model.exercises().isEmpty()) {
            body.getChildren().add(section(text.get("rating.effort"), text.get("rating.effort.hint"), exercises()));
        }
        body.getChildren().add(section(text.get("rating.pain"), text.get("rating.pain.hint"),
                scale(model.painProperty(), "pain")));
        body.getChildren().add(section(text.get("rating.stiffness"), text.get("rating.stiffness.hint"),
                scale(model.stiffnessProperty(), "stiffness")));
        if (!model.blocks().isEmpty()) {
            GridPane beats = grid();
            int row = 0;
            for (RatingModel.BlockItem block : model.blocks()) {
                Label name = new Label(block.name());
                name.getStyleClass().add("row-name");
                beats.addRow(row++, name, yesNo(text, block.onBeatProperty(), "beat-" + block.index()));
            }
            body.getChildren().add(section(text.get("rating.on-beat"), text.get("rating.on-beat.hint"), beats));
        }
        body.getChildren().add(section(text.get("rating.else"), null, extras()));

        TextArea note = new TextArea();
        note.setId("note");
        note.setPromptText(text.get("rating.note"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= Ratings.MAX_NOTE ? c : null));
        note.textProperty().bindBidirectional(model.noteProperty());
        body.getChildren().add(note);

        body.setMaxWidth(880);
        setCenter(Pages.centred(body));

        Button save = Pages.save(text, "save-rating");
        save.setOnAction(e -> onSave.accept(model.ratings()));
        Label hint = new Label(text.get("rating.optional"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        setBottom(Pages.actionBar(hint, Pages.skip(text, "skip-rating", onSkip), save));
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
        efforts.put(Effort.EASY, text.get("rating.easy"));
        efforts.put(Effort.JUST_RIGHT, text.get("rating.just-right"));
        efforts.put(Effort.HARD, text.get("rating.hard"));
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
                sides.put(RatingModel.HarderSide.LEFT, text.get("rating.left"));
                sides.put(RatingModel.HarderSide.RIGHT, text.get("rating.right"));
                sides.put(RatingModel.HarderSide.SAME, text.get("rating.same"));
                extra.getChildren().add(question(text.get("rating.harder-side"),
                        new Segmented<>(item.harderSideProperty(), sides, "side-" + item.id(), s -> s.name().toLowerCase(Locale.ROOT))));
            }
            if (item.shortFoot()) {
                extra.getChildren().add(question(text.get("rating.toes-relaxed"), yesNo(text, item.toesRelaxedProperty(),
                        "toes-" + item.id())));
            }
            if (!extra.getChildren().isEmpty()) {
                card.getChildren().add(extra);
            }
            rows.getChildren().add(card);
        }
        return rows;
    }

    private static HBox question(String words, Region control) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.getStyleClass().add("question");
        HBox box = new HBox(10, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Segmented<Boolean> yesNo(Messages text, ObjectProperty<Boolean> property, String id) {
        Map<Boolean, String> options = new LinkedHashMap<>();
        options.put(Boolean.TRUE, text.get("rating.yes"));
        options.put(Boolean.FALSE, text.get("rating.no"));
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
        CheckBox cramp = new CheckBox(text.get("rating.cramp"));
        cramp.setId("cramp");
        cramp.selectedProperty().bindBidirectional(model.crampProperty());
        ComboBox<String> where = new ComboBox<>();
        where.setId("cramp-exercise");
        where.setPromptText(text.get("rating.cramp-where"));
        where.setAccessibleText(text.get("rating.cramp-where.accessible"));
        where.getItems().add(null);
        Map<String, String> names = new LinkedHashMap<>();
        for (RatingModel.ExerciseItem item : model.exercises()) {
            names.put(item.id(), item.name());
            where.getItems().add(item.id());
        }
        where.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? text.get("rating.not-sure") : names.getOrDefault(id, id);
            }

            @Override
            public String fromString(String typed) {
                return null;
            }
        });
        where.valueProperty().bindBidirectional(model.crampExerciseProperty());
        where.visibleProperty().bind(model.crampProperty());
        where.managedProperty().bind(model.crampProperty());
        HBox crampRow = new HBox(12, cramp, where);
        crampRow.setAlignment(Pos.CENTER_LEFT);
        Label signs = new Label(text.get("rating.warning-signs"));
        signs.getStyleClass().add("question");
        FlowPane flags = new FlowPane(20, 8);
        for (RedFlag flag : RedFlag.values()) {
            CheckBox box = new CheckBox(flag(text, flag));
            box.setId("flag-" + flag.json());
            box.selectedProperty().bindBidirectional(model.redFlagProperty(flag));
            flags.getChildren().add(box);
        }
        Label safety = new Label(text.get("rating.safety"), new FontIcon(Feather.ALERT_TRIANGLE));
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

    /** A warning sign in the user's language. */
    static String flag(Messages text, RedFlag flag) {
        return switch (flag) {
            case SHARP_PAIN -> text.get("rating.flag.sharp-pain");
            case NEW_SWELLING -> text.get("rating.flag.swelling");
            case NUMBNESS_OR_TINGLING -> text.get("rating.flag.numbness");
            case BONE_TENDERNESS -> text.get("rating.flag.bone");
        };
    }

    static VBox section(String title, String hint, Region content) {
        Label label = new Label(title);
        label.setWrapText(true);
        label.getStyleClass().add("section-heading");
        VBox box = new VBox(6, label);
        if (hint != null) {
            Label small = new Label(hint);
            small.setWrapText(true);
            small.getStyleClass().add("hint");
            box.getChildren().add(small);
        }
        box.getChildren().add(content);
        box.getStyleClass().add("rating-section");
        return box;
    }
}
