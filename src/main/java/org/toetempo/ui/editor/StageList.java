package org.toetempo.ui.editor;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.toetempo.editor.Edit;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Templates;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;
import org.toetempo.text.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The stages of a multi-week programme, each as a small card (name, id, weeks, how often, a note) with its own
 * messages, moved and removed by its buttons; "Add stage" below. A routine without stages shows only what stages
 * are for and the button: its first stage takes every block.
 */
final class StageList extends VBox {

    /** The theme's text (14 px) against the default font a bare Text is measured in. */
    private static final double CSS_FONT_SCALE = 14 / Font.getDefault().getSize();
    /** A combo box's padding and arrow button around its text. */
    private static final double COMBO_CHROME = 52;

    private final EditorModel model;
    private final Messages messages;
    private final VBox cards = new VBox(10);
    private final Label intro = Form.hint("");
    private final Label listMessage = Form.messageLabel();
    private Form form;
    private int shown = -1;

    StageList(EditorModel model) {
        super(8);
        this.model = model;
        this.messages = model.messages();
        this.form = new Form(model);
        setId("routine-stages");
        getStyleClass().add("stage-list");
        Button add = Form.addButton("stage-add", messages.get("stages.add"), messages.get("stages.add-accessible"));
        add.setOnAction(e -> addStage());
        getChildren().addAll(intro, cards, listMessage, add);
    }

    /** The fields of the cards, to find the one a problem is about. */
    Form form() {
        return form;
    }

    void refresh(Routine r, Validation v) {
        List<Stage> stages = stages(r);
        if (stages.size() != shown) {
            rebuild(stages.size());
        }
        intro.setText(stages.isEmpty() ? messages.get("stages.none") : messages.get("stages.some"));
        form.refresh();
        Form.showMessages(listMessage, v.at(FieldPaths.field("stages"), messages));
    }

    /** A new stage after the last: the weeks after it, four of them, as often as the routine says. */
    void addStage() {
        List<Stage> stages = stages(model.routineProperty().get());
        int n = stages.size() + 1;
        int from = stages.isEmpty() ? 1 : stages.get(stages.size() - 1).toWeek() + 1;
        String id = Templates.freeId("stage-" + n, x -> stages.stream().anyMatch(st -> x.equals(st.id())));
        if (model.execute(Edits.addStage(stages.size(), new Stage(id, messages.get("stages.new-name", n), from, from + 3, null, null)))) {
            Form.focusLater(this, "stage-name-" + stages.size());
        }
    }

    private void rebuild(int count) {
        cards.getChildren().clear();
        form = new Form(model);
        for (int i = 0; i < count; i++) {
            cards.getChildren().add(card(i, count));
        }
        shown = count;
    }

    private VBox card(int i, int count) {
        HBox top = Form.cardHeader(messages, messages.get("stages.title", i + 1), messages.get("stages.what", i + 1), "stage", i, count,
                () -> model.execute(Edits.moveStage(i, i - 1)), () -> model.execute(Edits.moveStage(i, i + 1)),
                () -> model.execute(Edits.removeStage(i)));

        String at = FieldPaths.stage(i);
        VBox fields = Form.stacked();
        TextField name = form.textField("stage-name-" + i, messages.get("stages.name-accessible", i + 1), r -> get(r, i, Stage::name),
                t -> Edits.setStageName(i, t), FieldPaths.child(at, "name"));
        name.setPromptText(messages.get("stages.name-prompt"));
        Form.above(fields, messages.get("stages.name"), form.box(name), name);
        TextField id = form.textField("stage-id-" + i, messages.get("stages.id-accessible", i + 1), r -> get(r, i, Stage::id),
                t -> Edits.setStageId(i, t), FieldPaths.child(at, "id"), at);
        Form.above(fields, messages.get("stages.id"), form.box(id), id);

        String weeksAt = FieldPaths.child(at, "weeks");
        TextField from = form.number("stage-from-" + i, messages.get("stages.from-accessible", i + 1), Form.Kind.WHOLE, false, 1,
                r -> get(r, i, s -> (double) s.fromWeek()), v -> weeks(i, (int) Math.round(v), null),
                FieldPaths.child(weeksAt, "from"), weeksAt);
        TextField to = form.number("stage-to-" + i, messages.get("stages.to-accessible", i + 1), Form.Kind.WHOLE, false, 1,
                r -> get(r, i, s -> (double) s.toWeek()), v -> weeks(i, null, (int) Math.round(v)),
                FieldPaths.child(weeksAt, "to"));
        Form.above(fields, messages.get("stages.weeks"), Form.inline(Form.unit(messages.get("stages.from")), form.box(from),
                Form.unit(messages.get("stages.to")), form.box(to)), from);

        String often = FieldPaths.child(at, "frequency");
        TextField times = form.number("stage-times-" + i, messages.get("stages.times-accessible", i + 1),
                Form.Kind.WHOLE, true, 1, r -> get(r, i, s -> s.frequency() == null ? null : (double) s.frequency().times()),
                v -> Edits.setStageFrequency(i, v == null ? null : new Frequency((int) Math.round(v), per(i), frequencyNote(i))),
                FieldPaths.child(often, "times"), often);
        times.setPromptText("—");
        ComboBox<Period> per = form.choice("stage-per-" + i, messages.get("stages.per-accessible", i + 1),
                Arrays.asList(Period.values()), this::perLabel, r -> get(r, i, s -> s.frequency() == null ? Period.WEEK : s.frequency().per()),
                p -> frequency(i) == null ? null : Edits.setStageFrequency(i, new Frequency(frequency(i).times(), p, frequency(i).note())),
                FieldPaths.child(often, "per"));
        // As wide as its longest choice needs ("je Woche"), never cut short; the combo's own measure (its list's)
        // would be far wider than the card has room for.
        double widest = Arrays.stream(Period.values())
                .mapToDouble(p -> new Text(perLabel(p)).getLayoutBounds().getWidth()).max().orElse(0);
        per.setPrefWidth(Math.max(100, widest * CSS_FONT_SCALE + COMBO_CHROME));
        per.setMinWidth(Region.USE_PREF_SIZE);
        per.disableProperty().bind(times.textProperty().isEmpty());
        Label routines = Form.hint(messages.get("stages.often-hint"));
        Form.above(fields, messages.get("stages.often"), new VBox(4, Form.inline(form.box(times),
                Form.unit(messages.get("stages.times")), form.box(per)), routines), times);

        TextArea note = form.textArea("stage-note-" + i, messages.get("stages.note-accessible", i + 1), 2, r -> get(r, i, Stage::note),
                t -> Edits.setStageNote(i, t), FieldPaths.child(at, "note"));
        note.setPromptText(messages.get("stages.note-prompt"));
        Form.above(fields, messages.get("stages.note"), form.box(note), note);

        return Form.card("stage-card-" + i, top, fields);
    }

    private String perLabel(Period period) {
        return period == Period.DAY ? messages.get("stages.per-day") : messages.get("stages.per-week");
    }

    private Edit weeks(int i, Integer from, Integer to) {
        Stage s = stages(model.routineProperty().get()).get(i);
        return Edits.setStageWeeks(i, from != null ? from : s.fromWeek(), to != null ? to : s.toWeek());
    }

    private Frequency frequency(int i) {
        List<Stage> stages = stages(model.routineProperty().get());
        return i < stages.size() ? stages.get(i).frequency() : null;
    }

    private Period per(int i) {
        Frequency f = frequency(i);
        return f != null ? f.per() : Period.WEEK;
    }

    private String frequencyNote(int i) {
        Frequency f = frequency(i);
        return f != null ? f.note() : null;
    }

    private static <T> T get(Routine r, int i, Function<Stage, T> field) {
        List<Stage> stages = stages(r);
        return i < stages.size() ? field.apply(stages.get(i)) : null;
    }

    private static List<Stage> stages(Routine r) {
        return r.stages() == null ? List.of() : r.stages();
    }
}
