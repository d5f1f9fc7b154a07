package org.toetempo.ui.editor;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.toetempo.editor.Edit;
import org.toetempo.editor.Edits;
import org.toetempo.editor.FieldPaths;
import org.toetempo.editor.Templates;
import org.toetempo.editor.Validation;
import org.toetempo.routine.Frequency;
import org.toetempo.routine.Period;
import org.toetempo.routine.Routine;
import org.toetempo.routine.Stage;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The stages of a multi-week programme, each as a small card (name, id, weeks, how often, a note) with its own
 * messages, moved and removed by its buttons; "Add stage" below. A routine without stages shows only what stages
 * are for and the button: its first stage takes every block.
 */
final class StageList extends VBox {

    private final EditorModel model;
    private final VBox cards = new VBox(10);
    private final Label intro = Form.hint("");
    private final Label listMessage = Form.messageLabel();
    private Form form;
    private int shown = -1;

    StageList(EditorModel model) {
        super(8);
        this.model = model;
        this.form = new Form(model);
        setId("routine-stages");
        getStyleClass().add("stage-list");
        Button add = Form.addButton("stage-add", "Add stage", "Add a stage");
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
        intro.setText(stages.isEmpty()
                ? "A routine played the same every time has no stages. Add stages to make it a programme of several "
                  + "weeks: each block then belongs to one stage, and the player plays the stage you are in."
                : "Each block belongs to one stage (choose it on the block). The player plays the blocks of the stage you are in.");
        form.refresh();
        Form.showMessages(listMessage, v.at(FieldPaths.field("stages")));
    }

    /** A new stage after the last: the weeks after it, four of them, as often as the routine says. */
    void addStage() {
        List<Stage> stages = stages(model.routineProperty().get());
        int n = stages.size() + 1;
        int from = stages.isEmpty() ? 1 : stages.get(stages.size() - 1).toWeek() + 1;
        String id = Templates.freeId("stage-" + n, x -> stages.stream().anyMatch(st -> x.equals(st.id())));
        if (model.execute(Edits.addStage(stages.size(), new Stage(id, "Stage " + n, from, from + 3, null, null)))) {
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
        HBox top = Form.cardHeader("Stage " + (i + 1), "stage " + (i + 1), "stage", i, count,
                () -> model.execute(Edits.moveStage(i, i - 1)), () -> model.execute(Edits.moveStage(i, i + 1)),
                () -> model.execute(Edits.removeStage(i)));

        String at = FieldPaths.stage(i);
        VBox fields = Form.stacked();
        TextField name = form.textField("stage-name-" + i, "Stage " + (i + 1) + " name", r -> get(r, i, Stage::name),
                t -> Edits.setStageName(i, t), FieldPaths.child(at, "name"));
        name.setPromptText("e.g. Stage A: seated");
        Form.above(fields, "Name", form.box(name), name);
        TextField id = form.textField("stage-id-" + i, "Stage " + (i + 1) + " id (blocks name it)", r -> get(r, i, Stage::id),
                t -> Edits.setStageId(i, t), FieldPaths.child(at, "id"), at);
        Form.above(fields, "Id", form.box(id), id);

        String weeksAt = FieldPaths.child(at, "weeks");
        TextField from = form.number("stage-from-" + i, "Stage " + (i + 1) + ": first week", Form.Kind.WHOLE, false, 1,
                r -> get(r, i, s -> (double) s.fromWeek()), v -> weeks(i, (int) Math.round(v), null),
                FieldPaths.child(weeksAt, "from"), weeksAt);
        TextField to = form.number("stage-to-" + i, "Stage " + (i + 1) + ": last week", Form.Kind.WHOLE, false, 1,
                r -> get(r, i, s -> (double) s.toWeek()), v -> weeks(i, null, (int) Math.round(v)),
                FieldPaths.child(weeksAt, "to"));
        Form.above(fields, "Weeks", Form.inline(Form.unit("from"), form.box(from), Form.unit("to"), form.box(to)), from);

        String often = FieldPaths.child(at, "frequency");
        TextField times = form.number("stage-times-" + i, "Stage " + (i + 1) + ": times (blank: as the routine says)",
                Form.Kind.WHOLE, true, 1, r -> get(r, i, s -> s.frequency() == null ? null : (double) s.frequency().times()),
                v -> Edits.setStageFrequency(i, v == null ? null : new Frequency((int) Math.round(v), per(i), frequencyNote(i))),
                FieldPaths.child(often, "times"), often);
        times.setPromptText("—");
        ComboBox<Period> per = form.choice("stage-per-" + i, "Stage " + (i + 1) + ": per", Arrays.asList(Period.values()),
                p -> "a " + p.json(), r -> get(r, i, s -> s.frequency() == null ? Period.WEEK : s.frequency().per()),
                p -> frequency(i) == null ? null : Edits.setStageFrequency(i, new Frequency(frequency(i).times(), p, frequency(i).note())),
                FieldPaths.child(often, "per"));
        per.setMinWidth(110);
        per.setPrefWidth(120);
        per.disableProperty().bind(times.textProperty().isEmpty());
        Label routines = Form.hint("Blank: as often as the routine says.");
        Form.above(fields, "How often", new VBox(4, Form.inline(form.box(times), Form.unit("times"), form.box(per)), routines), times);

        TextArea note = form.textArea("stage-note-" + i, "Stage " + (i + 1) + " note", 2, r -> get(r, i, Stage::note),
                t -> Edits.setStageNote(i, t), FieldPaths.child(at, "note"));
        note.setPromptText("e.g. Move on when you have done 8 in 10 sessions without pain.");
        Form.above(fields, "Note", form.box(note), note);

        return Form.card("stage-card-" + i, top, fields);
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
