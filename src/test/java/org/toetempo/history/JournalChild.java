package org.toetempo.history;

import java.nio.file.Path;

import static org.toetempo.history.Fixtures.at;

/** A process that plays a session as the app does (journal, shutdown hook), to be killed by SessionJournalTest. */
public final class JournalChild {

    private JournalChild() {
    }

    public static void main(String[] args) throws Exception {
        SessionJournal journal = new SessionJournal(new HistoryStore(Path.of(args[0])));
        // The app's shutdown path, as App registers it.
        Runtime.getRuntime().addShutdownHook(new Thread(journal::saveAtExit, "save session at exit"));
        SessionRecord played = Fixtures.played("musical-toes", at("2026-11-16T07:30"));
        journal.begin(() -> played);
        journal.stepEnded();
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
