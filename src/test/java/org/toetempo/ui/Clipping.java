package org.toetempo.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What a person would see cut short on screen. Call on the FX thread after a layout. */
public final class Clipping {

    private Clipping() {
    }

    /**
     * Every shown label, button or menu button whose skin displays other words than its own (cut with "…"), as
     * "id or text → what shows".
     */
    public static List<String> truncated(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                    && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                // The skin shows the words in a Text child of the control (a LabeledText).
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text shown && child != labeled.getGraphic() && child.isVisible()
                            && !labeled.getText().equals(shown.getText())) {
                        found.add(name(labeled) + " → \"" + shown.getText() + "\"");
                    }
                }
            }
        });
        return found;
    }

    /**
     * Every shown control (and label) under {@code root} that reaches past the window's edges; what scrolls (the
     * content of a scroll pane or a list) may.
     */
    public static List<String> outsideTheWindow(Parent root) {
        List<String> found = new ArrayList<>();
        double width = root.getScene().getWidth();
        double height = root.getScene().getHeight();
        visit(root, node -> {
            if (node instanceof Control control && !scrolls(control)) {
                Bounds b = control.localToScene(control.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > width + 0.5 || b.getMaxY() > height + 0.5) {
                    found.add(name(control) + " at " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX()) + " of "
                            + Math.round(width));
                }
            }
        });
        return found;
    }

    private static boolean scrolls(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane || up instanceof ListView) {
                return true;
            }
        }
        return false;
    }

    private static String name(Control control) {
        if (control.getId() != null) {
            return "#" + control.getId();
        }
        return control instanceof Labeled labeled && labeled.getText() != null ? "\"" + labeled.getText() + "\""
                : control.getClass().getSimpleName();
    }

    /** Shown nodes only: hidden ones (and their children) are nobody's concern. */
    private static void visit(Node node, Consumer<Node> action) {
        if (!node.isVisible()) {
            return;
        }
        action.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }
}
