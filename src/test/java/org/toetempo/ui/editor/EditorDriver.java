package org.toetempo.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives an {@link EditorView} through its real controls as a user would: scroll to a field, click, type, press keys. */
final class EditorDriver {

    private final FxRobot robot;
    private final EditorView view;

    EditorDriver(FxRobot robot, EditorView view) {
        this.robot = robot;
        this.view = view;
    }

    <T extends Node> T node(String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    /** Scrolls a node into view, as a user would before clicking it. */
    <T extends Node> T visible(String id, Class<T> type) {
        WaitForAsyncUtils.waitForFxEvents();
        T node = node(id, type);
        robot.interact(() -> {
            view.layout();
            EditorView.scrollTo(node);
            view.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    void click(String id) {
        robot.clickOn(visible(id, Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces a field's text as a user would: focus it, select all, type (or delete, for ""). */
    void type(String id, String text) {
        TextInputControl field = visible(id, TextInputControl.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void keys(KeyCode... combination) {
        robot.press(combination).release(combination);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The message line under a field of a form. */
    static Label messageOf(Form form, Node control) {
        return form.fields().stream().filter(f -> f.control == control).findFirst().orElseThrow().message;
    }
}
