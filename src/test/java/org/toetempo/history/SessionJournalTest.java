package org.toetempo.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.toetempo.history.Fixtures.at;

/** A session in progress survives SIGTERM, kill -9 and a full disk (issue 16, class 4). */
class SessionJournalTest {

    @TempDir
    Path dir;

    private final SessionRecord played = Fixtures.played("musical-toes", at("2026-11-16T07:30"));

    @Test
    void aSessionJournaledAtAStepsEndIsRecoveredOnceAtTheNextStart() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        SessionJournal journal = new SessionJournal(store);
        journal.begin(() -> played);
        journal.stepEnded();
        // the process dies here: nothing else runs

        SessionJournal nextStart = new SessionJournal(store);
        assertThat(nextStart.recover()).get().extracting(SessionRecord::routineId).isEqualTo("musical-toes");
        assertThat(store.load().sessions()).hasSize(1);
        assertThat(new SessionJournal(store).recover()).isEmpty();
        assertThat(store.load().sessions()).hasSize(1);
        assertThat(dir.resolve(SessionJournal.FILE)).doesNotExist();
    }

    @Test
    void aSessionCutShortAtTheEndOfItsFirstStepIsRecoveredAsPlayed() throws IOException {
        Schedule schedule = Fixtures.schedule(Fixtures.routine("musical-toes"), PlayOptions.defaults());
        PlayTracker tracker = new PlayTracker(schedule);
        long firstStepEnd = schedule.steps().get(1).startNanos();
        for (long t = 0; t <= firstStepEnd; t += 16_000_000L) {
            tracker.observe(schedule, t);
        }
        Instant start = Instant.parse("2026-11-16T07:30:00Z");
        HistoryStore store = new HistoryStore(dir);
        SessionJournal journal = new SessionJournal(store);
        journal.begin(() -> SessionRecord.of(tracker.schedule(), tracker.result(), start, start.plusSeconds(60),
                ZoneId.of("Europe/London")));
        journal.stepEnded();

        assertThat(new SessionJournal(store).recover()).isPresent();
        SessionRecord recovered = store.load().sessions().get(0);
        assertThat(recovered.outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(recovered.steps().get(0).repsDone()).isPositive();
    }

    @Test
    void anAppExitingBeforeItRecoveredLeavesTheJournalForTheNextStart() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        SessionJournal killed = new SessionJournal(store);
        killed.begin(() -> played);
        killed.stepEnded();

        new SessionJournal(store).saveAtExit();    // started and closed again before its start-up recovery

        assertThat(dir.resolve(SessionJournal.FILE)).exists();
        assertThat(new SessionJournal(store).recover()).isPresent();
    }

    @Test
    void aSessionAlreadySavedIsNotRecoveredTwice() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        SessionJournal journal = new SessionJournal(store);
        journal.begin(() -> played);
        journal.stepEnded();
        store.append(played);     // saved, then killed before the journal was cleared

        assertThat(new SessionJournal(store).recover()).isEmpty();
        assertThat(store.load().sessions()).hasSize(1);
    }

    @Test
    void aFinishedSessionLeavesNoJournal() throws IOException {
        HistoryStore store = new HistoryStore(dir);
        SessionJournal journal = new SessionJournal(store);
        journal.begin(() -> played);
        journal.stepEnded();
        journal.finish(played);
        assertThat(dir.resolve(SessionJournal.FILE)).doesNotExist();
        assertThat(new SessionJournal(store).recover()).isEmpty();
        assertThat(store.load().sessions()).hasSize(1);
    }

    @Test
    void aRecordTheDiskHadNoRoomForIsKeptAndSavedLater() throws IOException {
        Path history = dir.resolve("history");
        Files.writeString(history, "in the way: the history cannot be written, as on a full disk");
        SessionJournal journal = new SessionJournal(new HistoryStore(history));
        journal.begin(() -> played);

        assertThatThrownBy(() -> journal.finish(played)).isInstanceOf(IOException.class);
        assertThat(journal.unsaved()).containsExactly(played);

        Files.delete(history);     // room again
        journal.saveUnsaved();
        assertThat(journal.unsaved()).isEmpty();
        assertThat(new HistoryStore(history).load().sessions()).hasSize(1);
    }

    @Test
    void sigtermSavesTheSessionThroughTheAppsShutdownPath() throws Exception {
        Process child = startChild();
        child.destroy();    // SIGTERM, as at logout or shutdown
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

        HistoryStore store = new HistoryStore(dir);
        assertThat(store.load().sessions()).hasSize(1);
        assertThat(dir.resolve(SessionJournal.FILE)).doesNotExist();
    }

    @Test
    void killMinus9LosesNothingJournaledTheNextStartRecoversIt() throws Exception {
        Process child = startChild();
        child.destroyForcibly();    // SIGKILL: no hook runs
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

        HistoryStore store = new HistoryStore(dir);
        assertThat(store.load().sessions()).isEmpty();
        assertThat(new SessionJournal(store).recover()).isPresent();
        assertThat(store.load().sessions()).hasSize(1);
    }

    private Process startChild() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                JournalChild.class.getName(), dir.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            // the library loading may log
        }
        assertThat(line).isEqualTo("ready");
        return child;
    }
}
