package org.toetempo.ui.editor;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The editor's keys: Ctrl+Z undo, Ctrl+Y or Ctrl+Shift+Z redo, Ctrl+S save, Ctrl+Enter try it (filtered first, before
 * any text field's own undo sees them), and Alt+Up/Down to move the selected step or block.
 */
final class EditorKeys {

    private static final KeyCombination UNDO = KeyCombination.valueOf("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.valueOf("Shortcut+Y");
    private static final KeyCombination REDO_TOO = KeyCombination.valueOf("Shortcut+Shift+Z");
    private static final KeyCombination SAVE = KeyCombination.valueOf("Shortcut+S");
    private static final KeyCombination TRY = KeyCombination.valueOf("Shortcut+Enter");

    private EditorKeys() {
    }

    static void install(Node editor, EditorModel model, Runnable save, Runnable tryIt) {
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                model.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_TOO.match(e)) {
                model.redo();
                e.consume();
            } else if (SAVE.match(e)) {
                save.run();
                e.consume();
            } else if (TRY.match(e)) {
                tryIt.run();
                e.consume();
            }
        });
        editor.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && !e.isShortcutDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                if (model.moveSelected(e.getCode() == KeyCode.UP ? -1 : 1)) {
                    e.consume();
                }
            }
        });
    }
}
