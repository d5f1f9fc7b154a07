package org.toetempo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.progress.ProgressPlan;
import org.toetempo.progress.ProgressPlanStore;
import org.toetempo.settings.Settings;
import org.toetempo.settings.SettingsStore;
import org.toetempo.song.RecentSongs;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.text.Phrase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the app says when one of the user's files could not be read or saved (the settings, the progress plan, the
 * recent songs list) reads in the app's language: the stores give a phrase, English word for word as before.
 */
class NoticesInBothLanguagesTest {

    private static final Messages GERMAN = Messages.of(Language.GERMAN);

    @TempDir
    Path dir;

    @Test
    void aDamagedSettingsFile() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": ");

        Phrase notice = new SettingsStore(file).notice();

        assertThat(notice.english()).isEqualTo("Your settings file could not be read, so the defaults are in use. "
                + "The old file was kept as " + dir.resolve("settings.json.damaged") + ".");
        assertThat(notice.in(GERMAN)).isEqualTo("Ihre Einstellungsdatei konnte nicht gelesen werden, daher gelten die "
                + "Standardwerte. Die alte Datei wurde als " + dir.resolve("settings.json.damaged") + " aufbewahrt.");
    }

    @Test
    void settingsThatCannotBeSaved() throws IOException {
        Path blocked = dir.resolve("home");
        Files.writeString(blocked, "a file where the folder should be");

        Phrase problem = new SettingsStore(blocked.resolve("settings.json")).save(Settings.defaults().withMuted(true));

        assertThat(problem.english()).startsWith("Your settings could not be saved to " + blocked.resolve("settings.json"))
                .endsWith("). They apply until the app is closed.");
        assertThat(problem.in(GERMAN)).startsWith("Ihre Einstellungen konnten nicht in " + blocked.resolve("settings.json")
                + " gespeichert werden (").endsWith("). Sie gelten, bis die App geschlossen wird.");
    }

    @Test
    void aDamagedProgressPlan() throws IOException {
        Path file = dir.resolve("progress.json");
        Files.writeString(file, "[not a plan");
        ProgressPlanStore store = new ProgressPlanStore(file);

        assertThat(store.load()).isEqualTo(ProgressPlan.EMPTY);

        assertThat(store.notice().english()).isEqualTo("Your progress settings could not be read, so the routines play "
                + "as written. The old file was kept as " + dir.resolve("progress.json.damaged") + ".");
        assertThat(store.notice().in(GERMAN)).isEqualTo("Ihre Fortschrittseinstellungen konnten nicht gelesen werden, "
                + "daher laufen die Übungsfolgen wie geschrieben. Die alte Datei wurde als "
                + dir.resolve("progress.json.damaged") + " aufbewahrt.");
    }

    @Test
    void aDamagedRecentSongsList() throws IOException {
        Path file = dir.resolve("recent-songs.json");
        Files.writeString(file, "{{{");

        RecentSongs songs = new RecentSongs(file);

        Phrase problem = songs.problem().orElseThrow();
        assertThat(problem.english()).startsWith("The recent songs list could not be read (it is not valid JSON). "
                + "It was kept as " + dir.resolve("recent-songs.json.corrupt-")).endsWith(" and a new list begun.");
        assertThat(problem.in(GERMAN)).startsWith("Die Liste der letzten Songs konnte nicht gelesen werden (sie ist kein "
                + "gültiges JSON). Sie wurde als " + dir.resolve("recent-songs.json.corrupt-"));
    }

    /** The history's repair notice counts as it always did in English ("1 byte", "1234 bytes", no grouping). */
    @Test
    void countsInTheHistorysNotice() {
        assertThat(Phrase.phrase("history.count.bytes", 1L, "1").english()).isEqualTo("1 byte");
        assertThat(Phrase.phrase("history.count.bytes", 1234L, "1234").english()).isEqualTo("1234 bytes");
        assertThat(Phrase.phrase("history.count.sessions", 0, "0").english()).isEqualTo("0 sessions");
        assertThat(Phrase.phrase("history.count.places", 2, "2").english()).isEqualTo("2 places");
        assertThat(Phrase.phrase("history.count.sessions", 1, "1").in(GERMAN)).isEqualTo("1 Einheit");
        assertThat(Phrase.phrase("history.count.sessions", 4, "4").in(GERMAN)).isEqualTo("4 Einheiten");
    }
}
