package org.toetempo.ui.editor;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

import java.util.List;
import java.util.function.Supplier;

/** Takes the user to the field a problem is about: selects its block or step, focuses the field and scrolls to it. */
final class FieldFinder {

    private final EditorModel model;
    /** The forms to look in, the shown ones first. */
    private final Supplier<List<Form>> forms;

    FieldFinder(EditorModel model, Supplier<List<Form>> forms) {
        this.model = model;
        this.forms = forms;
    }

    /** Shows the field a problem is about: selects its block or step and focuses the field. */
    void reveal(String path) {
        model.reveal(path);
        Platform.runLater(() -> {
            Form.Field field = find(path);
            if (field != null) {
                field.control.requestFocus();
                scrollTo(field.control);
            }
        });
    }

    private Form.Field find(String path) {
        for (Form form : forms.get()) {
            Form.Field f = form.fieldFor(path);
            if (f != null && f.control.getScene() != null && isShown(f.control)) {
                return f;
            }
        }
        // A field inside: the nearest enclosing field that is shown.
        String p = path;
        while (p.contains(".") || p.contains("[")) {
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = p.substring(0, cut);
            for (Form form : forms.get()) {
                Form.Field f = form.fieldFor(p);
                if (f != null && isShown(f.control)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Scrolls the pane around {@code node} so that it shows. */
    static void scrollTo(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double viewport = scroll.getViewportBounds().getHeight();
                double range = content.getLayoutBounds().getHeight() - viewport;
                if (range <= 0) {
                    return;
                }
                double top = scroll.getVvalue() * range;
                if (b.getMinY() < top + 8) {
                    scroll.setVvalue(Math.max(0, (b.getMinY() - 24) / range));
                } else if (b.getMaxY() > top + viewport - 8) {
                    scroll.setVvalue(Math.min(1, (b.getMaxY() + 24 - viewport) / range));
                }
                return;
            }
        }
    }
}
