package org.toetempo.song;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.song.analysis.SongAnalysis;
import org.toetempo.song.analysis.SongAnalyzer;
import org.toetempo.song.decode.AudioFilesTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The analysis cache: by content hash, atomic JSON files, corrections kept, damage tolerated. */
class SongCacheTest {

    private static final String HASH = "ab".repeat(32);
    private static final SongAnalysis ANALYSIS = new SongAnalysis(112.0, 0.512, 0.93, 75.4, 0.21);

    @Test
    void anAnalysisAndCorrectionsComeBackAsTheyWentIn(@TempDir Path dir) throws IOException {
        SongCache cache = new SongCache(dir.resolve("songs"));
        assertThat(cache.get(HASH)).isEmpty();

        cache.put(HASH, ANALYSIS, new SongCorrections(56.0, null));
        SongCache.Entry entry = new SongCache(dir.resolve("songs")).get(HASH).orElseThrow();

        assertThat(entry.analysis()).isEqualTo(ANALYSIS);
        assertThat(entry.corrections()).isEqualTo(new SongCorrections(56.0, null));
        assertThat(entry.bpm()).isEqualTo(56.0);
        assertThat(entry.firstBeatSeconds()).isEqualTo(0.512);
        assertThat(dir.resolve("songs").resolve(HASH + ".json")).exists();
        try (Stream<Path> files = Files.list(dir.resolve("songs"))) {
            assertThat(files).hasSize(1);     // no temporary file left behind
        }
    }

    @Test
    void correctionsCanBeChangedAloneAndTheAnalysisStays(@TempDir Path dir) throws IOException {
        SongCache cache = new SongCache(dir);
        cache.put(HASH, ANALYSIS, SongCorrections.NONE);
        cache.putCorrections(HASH, SongCorrections.NONE.withFirstBeatSeconds(0.522));

        SongCache.Entry entry = cache.get(HASH).orElseThrow();
        assertThat(entry.analysis()).isEqualTo(ANALYSIS);
        assertThat(entry.bpm()).isEqualTo(112.0);
        assertThat(entry.firstBeatSeconds()).isEqualTo(0.522);
    }

    @Test
    void aDamagedOrForeignFileReadsAsAbsent(@TempDir Path dir) throws IOException {
        SongCache cache = new SongCache(dir);
        Files.writeString(dir.resolve(HASH + ".json"), "{\"format\": 1, \"sha256\": \"", StandardCharsets.UTF_8);
        assertThat(cache.get(HASH)).isEmpty();
        Files.writeString(dir.resolve(HASH + ".json"), "{\"format\": 1, \"sha256\": \"" + "cd".repeat(32) + "\"}");
        assertThat(cache.get(HASH)).isEmpty();
        Files.writeString(dir.resolve(HASH + ".json"), "[1, 2, 3]");
        assertThat(cache.get(HASH)).isEmpty();
    }

    @Test
    void anAnalysisByAnotherAnalyzerVersionIsStaleButTheCorrectionsStay(@TempDir Path dir) throws IOException {
        SongCache cache = new SongCache(dir);
        cache.put(HASH, ANALYSIS, new SongCorrections(120.0, 1.0));
        Path file = dir.resolve(HASH + ".json");
        Files.writeString(file, Files.readString(file).replace("\"analyzer\" : " + SongAnalyzer.VERSION, "\"analyzer\" : 0"));

        SongCache.Entry entry = cache.get(HASH).orElseThrow();
        assertThat(entry.analysis()).isNull();
        assertThat(entry.corrections()).isEqualTo(new SongCorrections(120.0, 1.0));
    }

    @Test
    void aSongIsAnalysedOnceWhereverItIs(@TempDir Path dir) throws IOException {
        Path song = dir.resolve("click.mp3");
        Files.write(song, AudioFilesTest.resource("click-at-1s-lame-cbr.mp3"));
        SongCache cache = new SongCache(dir.resolve("cache"));

        SongCache.Entry first = cache.analyze(song);
        cache.putCorrections(first.sha256(), new SongCorrections(100.0, null));
        Path moved = Files.move(song, dir.resolve("renamed.mp3"));
        SongCache.Entry again = cache.analyze(moved);

        assertThat(first.sha256()).isEqualTo(SongAnalyzer.sha256(Files.readAllBytes(moved)));
        assertThat(again.analysis()).isEqualTo(first.analysis());  // the same record, analysis time included
        assertThat(again.bpm()).isEqualTo(100.0);
        // Two seconds with one click: no beat to follow.
        assertThat(first.analysis().found()).isFalse();
        assertThat(first.analysis().durationSeconds()).isEqualTo(2.0);
    }

    @Test
    void hashesAreChecked(@TempDir Path dir) {
        SongCache cache = new SongCache(dir);
        assertThatThrownBy(() -> cache.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache.put("ABC", ANALYSIS, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SongAnalyzer.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void correctionsAreChecked() {
        assertThatThrownBy(() -> new SongCorrections(0.0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SongCorrections(null, -1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SongCorrections.NONE.isEmpty()).isTrue();
        assertThat(SongCorrections.NONE.withBpm(90.0).isEmpty()).isFalse();
    }
}
