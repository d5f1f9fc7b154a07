package org.toetempo.ui;

import javafx.application.Application;

/**
 * The app with the benchmark's {@link Probe} attached (bench/ui-probe.sh): plays the routine the probe names as
 * soon as the window shows. Lives in test scope so that no measuring code ships in the product.
 */
public final class ProbedApp extends App {

    @Override
    void whenShown(Screens screens) {
        Probe probe = Probe.fromSystemProperties();
        if (probe == null) {
            super.whenShown(screens);
        } else {
            probe.start(() -> screens.playNow(Probe.routineToPlay()));
        }
    }

    /** A launcher that is not itself the {@code Application}: launching one from a plain class path fails. */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ProbedApp.class, args);
        }
    }
}
