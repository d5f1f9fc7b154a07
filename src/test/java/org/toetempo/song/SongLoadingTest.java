package org.toetempo.song;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.files.SpecialFiles;
import org.toetempo.song.analysis.SongAnalysis;
import org.toetempo.song.analysis.SongAnalyzer;
import org.toetempo.song.decode.AudioFiles;
import org.toetempo.song.decode.DecodedAudio;
import org.toetempo.song.decode.SongPcm;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Loading a song for the player: one streamed decode for playback and analysis, progress, and refusals. */
class SongLoadingTest {

    private static final int RATE = 44100;

    @TempDir
    Path dir;

    private record Step(SongLoading.Stage stage, double fraction) {
    }

    private Path song() throws IOException {
        float[] mono = Signals.pattern(112, 0.4, "b.h.x.h.b.h.x.h.", 12, 1, 3);
        ByteBuffer pcm = ByteBuffer.allocate(4 * mono.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < mono.length; i++) {
            short v = (short) Math.round(Math.max(-1, Math.min(1, mono[i])) * 32767);
            pcm.putShort(v).putShort((short) (v / 2));   // left and right differ, so a swap would show
        }
        AudioFormat format = new AudioFormat(RATE, 16, 2, true, false);
        Path file = dir.resolve("song.wav");
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, mono.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    @Test
    void theSpooledSoundAndTheStreamedAnalysisAreThoseOfTheWholeSongDecodedInMemory() throws IOException {
        Path file = song();
        SongCache cache = new SongCache(dir.resolve("songs"));
        List<Step> steps = new ArrayList<>();

        LoadedSong loaded = SongLoading.load(file, cache, (stage, fraction) -> steps.add(new Step(stage, fraction)));

        DecodedAudio whole = AudioFiles.decode(Files.readAllBytes(file), true);
        SongPcm pcm = loaded.audio();
        assertThat(pcm.frames()).isEqualTo(whole.samples().length);
        assertThat(pcm.sampleRate()).isEqualTo(RATE);
        for (int i = 0; i < whole.samples().length; i++) {
            if (pcm.sample(i, 0) != whole.stereo()[2 * i] || pcm.sample(i, 1) != whole.stereo()[2 * i + 1]) {
                throw new AssertionError("frame " + i + " differs");
            }
        }
        SongAnalysis inMemory = SongAnalyzer.analyze(whole, System.nanoTime());
        SongAnalysis streamed = loaded.beat().analysis();
        assertThat(streamed.bpm()).isEqualTo(inMemory.bpm()).isCloseTo(112, within(1.0));
        assertThat(streamed.firstBeatSeconds()).isEqualTo(inMemory.firstBeatSeconds());
        assertThat(streamed.beats().size()).isEqualTo(inMemory.beats().size());
        for (int i = 0; i < streamed.beats().size(); i++) {
            assertThat(streamed.beats().time(i)).isEqualTo(inMemory.beats().time(i));
        }
        // Progress: the stages in order, the share never going back, ending at the whole.
        assertThat(steps.stream().map(Step::stage).distinct()).containsExactly(SongLoading.Stage.READING, SongLoading.Stage.DECODING, SongLoading.Stage.FINDING_BEAT);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).fraction()).isGreaterThanOrEqualTo(steps.get(i - 1).fraction());
        }
        assertThat(steps.size()).isGreaterThan(10);
        assertThat(steps.get(steps.size() - 1).fraction()).isEqualTo(1.0);
        // The spool is mapped and gone from the folder: nothing is left behind to clean up.
        try (Stream<Path> left = Files.list(cache.directory())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".pcm"));
        }
    }

    @Test
    void aSongWhoseBeatIsCachedIsOnlyDecoded() throws IOException {
        Path file = song();
        SongCache cache = new SongCache(dir.resolve("songs"));
        SongLoading.load(file, cache, (stage, fraction) -> { });
        List<SongLoading.Stage> stages = new ArrayList<>();

        LoadedSong again = SongLoading.load(file, cache, (stage, fraction) -> stages.add(stage));

        assertThat(stages).doesNotContain(SongLoading.Stage.FINDING_BEAT);
        assertThat(again.bpm()).isGreaterThan(0);
        assertThat(again.audio().durationSeconds()).isGreaterThan(20);
    }

    @Test
    void pipesDevicesFoldersAndOversizedFilesAreRefusedInOneLine() throws Exception {
        SongCache cache = new SongCache(dir.resolve("songs"));
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.mp3"));
        Path zero = SpecialFiles.devZero(dir.resolve("zero.mp3"));
        Path folder = Files.createDirectories(dir.resolve("folder.mp3"));
        Path big = dir.resolve("huge.mp3");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(401L << 20);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> SongLoading.load(fifo, cache, (s, f) -> { }))
                    .hasMessage("is not a song file but a device, a pipe or a socket");
            assertThatThrownBy(() -> SongLoading.load(zero, cache, (s, f) -> { }))
                    .hasMessage("is not a song file but a device, a pipe or a socket");
            assertThatThrownBy(() -> SongLoading.load(folder, cache, (s, f) -> { })).hasMessage("is a folder, not a song file");
            assertThatThrownBy(() -> SongLoading.load(big, cache, (s, f) -> { }))
                    .hasMessage("too large for a song (401 MB; at most 400 MB)");
        });
    }
}
