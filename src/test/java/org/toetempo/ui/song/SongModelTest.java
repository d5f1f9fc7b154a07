package org.toetempo.ui.song;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.audio.Music;
import org.toetempo.song.RecentSongs;
import org.toetempo.song.SongCache;
import org.toetempo.timing.SongTiming;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Loading a song, correcting its beat by ear and changing its speed, with everything run at once (no threads). */
class SongModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    private final List<SongTiming> followed = new ArrayList<>();
    private final List<Music> heard = new ArrayList<>();
    private long clock;
    private double songSecondsNow = Double.NaN;

    private final SongTarget target = new SongTarget() {
        @Override
        public void follow(SongTiming song, boolean everywhere) {
            followed.add(song);
        }

        @Override
        public boolean hasSongBlocks() {
            return true;
        }

        @Override
        public double songSecondsAt(long clockNanos) {
            return songSecondsNow;
        }
    };

    private SongModel model() {
        SongModel model = new SongModel(new SongCache(dir.resolve("songs")), new RecentSongs(dir.resolve("recent.json")),
                NOW, NOW, heard::add, () -> clock);
        model.attach(target);
        return model;
    }

    /** A drum-like click every beat, a louder one on each bar's first, from {@code firstBeat} seconds. */
    private Path clickTrack(String name, double bpm, double firstBeat, double seconds) throws IOException {
        int rate = 44_100;
        int frames = (int) (seconds * rate);
        byte[] pcm = new byte[frames * 4];
        double period = 60 / bpm;
        for (int beat = 0; firstBeat + beat * period < seconds; beat++) {
            int start = (int) Math.round((firstBeat + beat * period) * rate);
            double loud = beat % 4 == 0 ? 0.9 : 0.5;
            for (int k = 0; k < 2000 && start + k < frames; k++) {
                double v = loud * Math.exp(-k / 300.0) * Math.sin(2 * Math.PI * 180 * k / rate);
                short s = (short) Math.round(v * 32767);
                for (int c = 0; c < 2; c++) {
                    pcm[4 * (start + k) + 2 * c] = (byte) s;
                    pcm[4 * (start + k) + 2 * c + 1] = (byte) (s >> 8);
                }
            }
        }
        Path file = dir.resolve(name);
        AudioFormat format = new AudioFormat(rate, 16, 2, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, frames), AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    @Test
    void aLoadedSongIsAnalysedRememberedAndFollowed() throws IOException {
        Path file = clickTrack("Steady Clicks.wav", 120, 0.5, 20);
        SongModel model = model();
        assertThat(model.statusProperty().get()).isEqualTo(SongModel.Status.NONE);
        model.load(file);
        assertThat(model.statusProperty().get()).isEqualTo(SongModel.Status.READY);
        assertThat(model.titleProperty().get()).isEqualTo("Steady Clicks");
        assertThat(model.bpmProperty().get()).isCloseTo(120, offset(1.0));
        double beatsIn = model.firstBeatProperty().get() / 0.5;
        assertThat(Math.abs(beatsIn - Math.rint(beatsIn)) * 0.5).as("on one of the clicks").isLessThan(0.03);
        assertThat(model.useSongProperty().get()).isTrue();
        assertThat(followed).last().isNotNull();
        assertThat(followed.get(followed.size() - 1).bpm()).isCloseTo(120, offset(1.0));
        assertThat(heard).last().isNotNull();
        assertThat(heard.get(heard.size() - 1).seconds()).isCloseTo(20, offset(0.01));
        assertThat(model.recentSongs()).extracting(RecentSongs.Entry::path).containsExactly(file);
        assertThat(Files.list(dir.resolve("songs"))).hasSize(1);

        model.useSongProperty().set(false);
        assertThat(followed).last().as("the metronome leads").isNull();
        model.useSongProperty().set(true);
        assertThat(followed).last().isNotNull();
    }

    @Test
    void theLoadShowsHowFarItIsInPercent() throws IOException {
        Path file = clickTrack("song.wav", 120, 0.5, 30);
        SongModel model = model();
        List<String> stages = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        model.stageProperty().addListener((o, was, now) -> stages.add(now));
        model.progressProperty().addListener((o, was, now) -> shares.add(now.doubleValue()));

        model.load(file);

        assertThat(stages).contains("Decoding… 0 %", "Decoding… 50 %", "Finding the beat… 85 %", "Finding the beat… 100 %");
        assertThat(shares).contains(0.5).isSorted();
        assertThat(model.statusProperty().get()).isEqualTo(SongModel.Status.READY);
        assertThat(model.stageProperty().get()).isEmpty();
    }

    @Test
    void correctionsAreAppliedAtOnceAndSavedWithTheSong() throws IOException {
        Path file = clickTrack("song.wav", 120, 0.5, 20);
        SongModel model = model();
        model.load(file);
        double found = model.bpmProperty().get();
        double first = model.firstBeatProperty().get();
        // ×2 and ÷2 count the tracked beats at another pulse: the map's median doubles and halves.
        model.doubleBpm();
        assertThat(followed.get(followed.size() - 1).bpm()).isCloseTo(2 * found, offset(0.5));
        model.halveBpm();
        model.halveBpm();
        assertThat(model.bpmProperty().get()).isCloseTo(found / 2, offset(0.5));
        assertThat(model.firstBeatProperty().get()).as("the bars stay where they were").isCloseTo(first, offset(1e-9));
        model.setBpm(126.5);
        model.nudge(1);
        model.nudge(1);
        model.nudge(-1);
        assertThat(model.firstBeatProperty().get()).isCloseTo(first + 0.010, offset(1e-9));
        assertThat(model.correctedProperty().get()).isTrue();
        model.setBpm(1000);
        assertThat(model.bpmProperty().get()).as("out of range: ignored").isEqualTo(126.5);

        SongModel later = model();
        later.load(file);
        assertThat(later.bpmProperty().get()).as("the corrections come back with the song").isEqualTo(126.5);
        assertThat(later.firstBeatProperty().get()).isCloseTo(first + 0.010, offset(1e-9));
        later.resetCorrections();
        assertThat(later.bpmProperty().get()).isEqualTo(found);
        assertThat(later.correctedProperty().get()).isFalse();
    }

    @Test
    void aNudgeBeforeTheStartWrapsToTheSameBeatOneBeatLater() throws IOException {
        SongModel model = model();
        model.load(clickTrack("song.wav", 120, 0.5, 20));
        model.setBpm(120);
        while (model.firstBeatProperty().get() >= 0.01) {
            model.nudge(-1);
        }
        double before = model.firstBeatProperty().get();
        model.nudge(-1);
        // 120 is the tempo found (within 4 %): the tracked map stays, and its beat there is 0.5 s to a millisecond.
        assertThat(model.firstBeatProperty().get()).isCloseTo(before - 0.010 + 0.5, offset(1e-3));
    }

    @Test
    void tappingSetsTheTempoAndWhereTheBeatIsHeard() throws IOException {
        SongModel model = model();
        model.load(clickTrack("song.wav", 120, 0.5, 20));
        model.rateProperty().set(0.8);
        // The user hears the song at 0.8x and taps at 100 BPM as heard: the song's own tempo is 125.
        for (int k = 0; k < 6; k++) {
            clock = 10_000_000_000L + k * 600_000_000L;
            songSecondsNow = 3.21 + k * 0.6 * 0.8;
            model.tap();
        }
        assertThat(model.tapCountProperty().get()).isEqualTo(6);
        assertThat(model.bpmProperty().get()).isCloseTo(125, offset(0.01));
        double period = 60 / 125.0;
        double phase = (3.21 + 5 * 0.48) % period;
        // A steady grid at the tapped tempo through the last tap (the bars keep their place, a whole beat from it).
        double beats = (model.firstBeatProperty().get() - phase) / period;
        assertThat(Math.abs(beats - Math.rint(beats)) * period).isLessThan(1e-6);
        assertThat(model.effectiveBpm().get()).isCloseTo(100, offset(0.01));
    }

    @Test
    void theSpeedGoesFromHalfToOneAndAHalfAndSetsTheTempoHeard() throws IOException {
        SongModel model = model();
        model.load(clickTrack("song.wav", 120, 0.5, 20));
        model.setBpm(120);
        model.rateProperty().set(0.75);
        assertThat(followed.get(followed.size() - 1).rate()).isEqualTo(0.75);
        assertThat(followed.get(followed.size() - 1).effectiveBpm()).isCloseTo(90, offset(0.2));
        model.rateProperty().set(3);
        assertThat(model.rateProperty().get()).isEqualTo(1.5);
        model.rateProperty().set(0.1);
        assertThat(model.rateProperty().get()).isEqualTo(0.5);
        assertThat(model.effectiveBpm().get()).isCloseTo(60, offset(0.2));
    }

    @Test
    void aFileThatIsNotASongSaysSoAndKeepsTheSongThatWasLoaded() throws IOException {
        SongModel model = model();
        Path bad = dir.resolve("notes.mp3");
        Files.writeString(bad, "not a song at all");
        model.load(bad);
        assertThat(model.statusProperty().get()).isEqualTo(SongModel.Status.FAILED);
        assertThat(model.messageProperty().get()).startsWith("notes.mp3: ").contains("not an audio file");
        model.load(clickTrack("good.wav", 120, 0.5, 20));
        model.load(dir.resolve("missing.wav"));
        assertThat(model.statusProperty().get()).isEqualTo(SongModel.Status.READY);
        assertThat(model.titleProperty().get()).isEqualTo("good");
        assertThat(model.messageProperty().get()).contains("missing.wav").contains("no such file");
    }
}
