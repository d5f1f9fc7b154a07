package org.toetempo.ui.editor;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

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
            FieldFinder.scrollTo(node);
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
            write(robot, text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Types into the focused control key by key, as {@link FxRobot#write} does (pressed, typed, released for each
     * character, every one handled by the control and the model in turn), but without its 25 ms sleep and its wait
     * for the toolkit after every character: one wait at the end. Typing a name took seconds that way.
     */
    static void write(FxRobot robot, String text) {
        Window window = robot.targetWindow();
        robot.interact(() -> {
            Node target = window.getScene().getFocusOwner();
            for (char c : text.toCharArray()) {
                KeyCode code = KeyCode.getKeyCode(String.valueOf(c).toUpperCase(Locale.ROOT));
                KeyCode pressed = code == null ? KeyCode.UNDEFINED : code;
                Event.fireEvent(target, key(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, pressed));
                Event.fireEvent(target, key(KeyEvent.KEY_TYPED, String.valueOf(c), KeyCode.UNDEFINED));
                Event.fireEvent(target, key(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, pressed));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyEvent key(EventType<KeyEvent> type, String character, KeyCode code) {
        return new KeyEvent(type, character, "", code, false, false, false, false);
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
