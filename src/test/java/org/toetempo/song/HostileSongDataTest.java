package org.toetempo.song;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.files.SpecialFiles;
import org.toetempo.text.Phrase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The app's own song files planted as a pipe or a device: start-up goes on, with a notice (issue 16, class 7). */
class HostileSongDataTest {

    @TempDir
    Path dir;

    @Test
    void recentSongsAsALinkToDevZero() throws Exception {
        Path file = SpecialFiles.devZero(dir.resolve("recent-songs.json"));
        RecentSongs recents = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new RecentSongs(file));
        assertThat(recents.list()).isEmpty();
        assertThat(recents.problem().map(Phrase::english)).get().asString().contains("could not be read (it is not a regular file");
        assertThat(Files.isSymbolicLink(file)).isTrue();
    }

    @Test
    void recentSongsAsAPipe() throws Exception {
        Path file = SpecialFiles.fifo(dir.resolve("recent-songs.json"));
        RecentSongs recents = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new RecentSongs(file));
        assertThat(recents.list()).isEmpty();
        assertThat(recents.problem()).isPresent();
    }

    @Test
    void aSongAnalysisAsAPipeIsNoEntry() throws Exception {
        SongCache cache = new SongCache(dir);
        String hash = "ab".repeat(32);
        Path planted = dir.resolve(hash + ".json");
        SpecialFiles.fifo(planted);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(cache.get(hash)).isEmpty());
    }
}
