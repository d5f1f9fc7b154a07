package org.toetempo.song;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The recent songs list: saved and read back, ordered, one entry per song, capped, and never lost unseen. */
class RecentSongsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T04:05:00Z"), ZoneOffset.UTC);

    private static String hash(int n) {
        return String.format("%064x", n);
    }

    private static RecentSongs.Entry entry(Path dir, int n, int minutes) {
        return new RecentSongs.Entry(dir.resolve("song" + n + ".mp3"), hash(n), "Song " + n, n % 2 == 0 ? "Artist " + n : null,
                T0.plusSeconds(60L * minutes));
    }

    private static List<String> titles(RecentSongs songs) {
        return songs.list().stream().map(RecentSongs.Entry::title).toList();
    }

    @Test
    void entriesComeBackAsTheyWentIn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data").resolve("recent-songs.json");
        RecentSongs songs = new RecentSongs(file);
        assertThat(songs.list()).isEmpty();
        assertThat(songs.problem()).isEmpty();

        RecentSongs.Entry odd = new RecentSongs.Entry(Path.of("/music/Café \"quoted\" ✓.m4a"), hash(1),
                "Title with \"quotes\", \\ and 東京", null, T0);
        songs.add(odd);
        songs.add(entry(dir, 2, 5));

        RecentSongs again = new RecentSongs(file);
        assertThat(again.list()).containsExactly(entry(dir, 2, 5), odd);
        assertThat(again.problem()).isEmpty();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);          // no temporary file left behind
        }
    }

    @Test
    void theMostRecentlyUsedComeFirst(@TempDir Path dir) throws IOException {
        RecentSongs songs = new RecentSongs(dir.resolve("recent-songs.json"));
        songs.add(entry(dir, 1, 10));
        songs.add(entry(dir, 2, 30));
        songs.add(entry(dir, 3, 20));      // added last, but used before song 2
        assertThat(titles(songs)).containsExactly("Song 2", "Song 3", "Song 1");
        assertThat(titles(new RecentSongs(dir.resolve("recent-songs.json")))).containsExactly("Song 2", "Song 3", "Song 1");
    }

    @Test
    void theSameContentElsewhereReplacesItsEntry(@TempDir Path dir) throws IOException {
        RecentSongs songs = new RecentSongs(dir.resolve("recent-songs.json"));
        songs.add(entry(dir, 1, 10));
        songs.add(entry(dir, 2, 20));
        RecentSongs.Entry moved = new RecentSongs.Entry(dir.resolve("moved/renamed.mp3"), hash(1), "Song 1", null,
                T0.plusSeconds(60 * 30));
        songs.add(moved);
        assertThat(songs.list()).containsExactly(moved, entry(dir, 2, 20));
    }

    @Test
    void anotherSongAtTheSamePathReplacesItsEntry(@TempDir Path dir) throws IOException {
        RecentSongs songs = new RecentSongs(dir.resolve("recent-songs.json"));
        songs.add(entry(dir, 1, 10));
        songs.add(entry(dir, 2, 20));
        // The file song1.mp3 now holds other music (named through a path with a detour, which is the same file).
        RecentSongs.Entry overwritten = new RecentSongs.Entry(dir.resolve("sub/../song1.mp3"), hash(9), "New", null,
                T0.plusSeconds(60 * 30));
        songs.add(overwritten);
        assertThat(songs.list()).containsExactly(overwritten, entry(dir, 2, 20));
        // An entry matching one song by content and another by path replaces both.
        RecentSongs.Entry both = new RecentSongs.Entry(dir.resolve("song2.mp3"), hash(9), "Both", null, T0.plusSeconds(60 * 40));
        songs.add(both);
        assertThat(songs.list()).containsExactly(both);
    }

    @Test
    void atMostTwelveAreKeptAndTheLeastRecentGo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recent-songs.json");
        RecentSongs songs = new RecentSongs(file);
        for (int n = 1; n <= 15; n++) {
            songs.add(entry(dir, n, n));
        }
        assertThat(songs.list()).hasSize(RecentSongs.MAX_SONGS).first().isEqualTo(entry(dir, 15, 15));
        assertThat(songs.list()).last().isEqualTo(entry(dir, 4, 4));
        assertThat(new RecentSongs(file).list()).isEqualTo(songs.list());
        songs.add(entry(dir, 1, 0));       // older than every song kept: it is the one that goes
        assertThat(songs.list()).hasSize(12).doesNotContain(entry(dir, 1, 0));
    }

    @Test
    void aSongCanBeForgotten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recent-songs.json");
        RecentSongs songs = new RecentSongs(file);
        songs.add(entry(dir, 1, 1));
        songs.add(entry(dir, 2, 2));
        songs.remove(hash(1));
        assertThat(titles(songs)).containsExactly("Song 2");
        assertThat(titles(new RecentSongs(file))).containsExactly("Song 2");
        songs.remove(hash(7));
        assertThat(titles(songs)).containsExactly("Song 2");
    }

    @Test
    void aCorruptFileIsSetAsideAndReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recent-songs.json");
        String[] damaged = {"{\"format\": 1, \"songs\": [", "", "[]", "{\"format\": 2, \"songs\": []}",
                "{\"format\": 1, \"songs\": [{\"path\": \"/a.mp3\", \"sha256\": \"xyz\", \"title\": \"A\", \"last_used\": \"2026-11-22T03:00:00Z\"}]}",
                "{\"format\": 1, \"songs\": [{\"path\": \"/a.mp3\", \"sha256\": \"" + hash(1) + "\", \"title\": \"A\", \"last_used\": \"yesterday\"}]}",
                "{\"format\": 1, \"songs\": []} trailing"};
        for (int i = 0; i < damaged.length; i++) {
            Files.writeString(file, damaged[i]);
            RecentSongs songs = new RecentSongs(file, Clock.offset(CLOCK, Duration.ofSeconds(i)));

            Path aside = dir.resolve("recent-songs.json.corrupt-20261122T04050" + i + "Z");
            assertThat(songs.list()).as(damaged[i]).isEmpty();
            assertThat(file).doesNotExist();
            assertThat(aside).hasContent(damaged[i]);
            assertThat(songs.problem().orElseThrow().english()).contains("could not be read").contains(aside.toString());
            songs.add(entry(dir, 1, 1));
            assertThat(new RecentSongs(file).list()).hasSize(1);
        }
    }

    @Test
    void aSecondCorruptFileInTheSameSecondDoesNotReplaceTheFirst(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recent-songs.json");
        Files.writeString(file, "first");
        new RecentSongs(file, CLOCK);
        Files.writeString(file, "second");
        RecentSongs songs = new RecentSongs(file, CLOCK);
        assertThat(dir.resolve("recent-songs.json.corrupt-20261122T040500Z")).hasContent("first");
        assertThat(dir.resolve("recent-songs.json.corrupt-20261122T040500Z-2")).hasContent("second");
        assertThat(songs.problem().orElseThrow().english()).contains("corrupt-20261122T040500Z-2");
    }

    @Test
    void aFileThatCannotBeReadIsLeftAloneAndNotOverwritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recent-songs.json");
        Files.createDirectory(file);        // something unreadable as a file in its place
        RecentSongs songs = new RecentSongs(file);
        assertThat(songs.list()).isEmpty();
        assertThat(songs.problem().orElseThrow().english()).contains("could not be read").contains("left alone");
        assertThatThrownBy(() -> songs.add(entry(dir, 1, 1))).isInstanceOf(IOException.class).hasMessageContaining("left alone");
        assertThat(file).isDirectory();
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        RecentSongs songs = new RecentSongs(dir.resolve("data").resolve("recent-songs.json"));
        assertThat(songs.problem()).isEmpty();

        assertThatThrownBy(() -> songs.add(entry(dir, 1, 1)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Could not save the recent songs list to " + dir.resolve("data").resolve("recent-songs.json"))
                .hasMessageContaining(dir.resolve("data") + " is a file where a folder should be");
        assertThat(songs.list()).isEmpty();
    }

    @Test
    void aReadOnlyFolderGivesAClearError(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("readonly"));
        Path file = folder.resolve("recent-songs.json");
        RecentSongs songs = new RecentSongs(file);
        songs.add(entry(dir, 1, 1));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(folder)).as("permissions apply (not running as root)").isFalse();
            assertThatThrownBy(() -> songs.add(entry(dir, 2, 2)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("Could not save the recent songs list to " + file)
                    .hasMessageContaining("permission denied");
            assertThat(titles(songs)).containsExactly("Song 1");       // unchanged after the failure
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void entriesAreChecked() {
        Path path = Path.of("/a.mp3");
        assertThatThrownBy(() -> new RecentSongs.Entry(path, "ABC", "t", null, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentSongs.Entry(path, hash(0xab).toUpperCase(), "t", null, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentSongs.Entry(path, hash(1), " ", null, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentSongs.Entry(null, hash(1), "t", null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RecentSongs.Entry(path, hash(1), "t", null, null)).isInstanceOf(NullPointerException.class);
    }
}
