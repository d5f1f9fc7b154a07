package org.toetempo.ui;

import javafx.scene.Scene;

import java.util.Objects;

/** The app's one stylesheet. */
public final class Theme {

    private Theme() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(Theme.class.getResource("toetempo.css")).toExternalForm());
    }
}
