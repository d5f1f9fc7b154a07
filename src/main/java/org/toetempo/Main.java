package org.toetempo;

import org.toetempo.cli.Cli;
import org.toetempo.ui.App;

/**
 * Entry point of the jar and of the installed {@code toetempo} command. With no arguments, or with routine files
 * (as a file manager passes a double-clicked one), it opens the app; with a subcommand it runs headless.
 * It is deliberately not the JavaFX {@code Application}: launching one straight from a plain class path fails.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || App.opensFiles(args)) {
            App.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
