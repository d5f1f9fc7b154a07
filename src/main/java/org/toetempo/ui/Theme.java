package org.toetempo.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import org.toetempo.settings.Settings;

import java.net.URL;


/** The look: AtlantaFX's Primer theme, light or dark, with Toe Tempo's own stylesheet on top. */
public final class Theme {

    private Theme() {
    }

    /**
     * Sets the application-wide theme (call on the FX thread). AtlantaFX's binary form of the stylesheet: JavaFX loads
     * it without parsing 170 KB of CSS on the way to the first frame.
     */
    public static void use(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Adds the app's stylesheet to a scene and marks its root for the theme. */
    public static void apply(Scene scene, Settings.Theme theme) {
        for (String name : new String[] {"toetempo.css", "history/history.css", "editor/editor.css"}) {
            URL url = Theme.class.getResource(name);
            if (url != null && !scene.getStylesheets().contains(url.toExternalForm())) {
                scene.getStylesheets().add(url.toExternalForm());
            }
        }
        scene.getRoot().getStyleClass().remove("theme-dark");
        if (theme == Settings.Theme.DARK) {
            scene.getRoot().getStyleClass().add("theme-dark");
        }
    }

    public static void apply(Scene scene) {
        apply(scene, Settings.Theme.LIGHT);
    }
}
