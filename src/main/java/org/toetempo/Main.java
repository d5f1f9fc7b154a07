package org.toetempo;

import org.toetempo.cli.Cli;
import org.toetempo.ui.App;

/**
 * Entry point of the jar. With no arguments it opens the app; with a subcommand it runs headless.
 * It is deliberately not the JavaFX {@code Application}: launching one straight from a plain class path fails.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            App.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
