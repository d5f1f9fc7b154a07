package org.toetempo.ui.song;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.song.RecentSongs;
import org.toetempo.song.SongCache;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.ui.Screenshots;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import static org.assertj.core.api.Assertions.assertThat;

/** While a song loads, the song panel shows how far it is: the stage and its percent, and the indicator's share. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SongLoadingProgressTest {

    @TempDir
    static Path dir;

    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);
    private final AtomicInteger updates = new AtomicInteger();
    private SongModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        // The loader posts each percent to the FX thread; the 40th post holds the loader there, mid-song.
        Executor fx = task -> {
            Platform.runLater(task);
            if (!Platform.isFxApplicationThread() && updates.incrementAndGet() == 40) {
                paused.countDown();
                try {
                    resume.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Executor background = task -> new Thread(task, "test song loader").start();
        model = new SongModel(new SongCache(dir.resolve("songs")), new RecentSongs(dir.resolve("recent.json")),
                background, fx, music -> { }, () -> 0L);
        scene = new Scene(new SongPanel(model, Messages.of(Language.ENGLISH)), 520, 560);
        stage.setScene(scene);
        stage.show();
    }

    private static Path song() throws IOException {
        int rate = 44_100;
        int frames = 60 * rate;
        byte[] pcm = new byte[frames * 4];
        for (int i = 0; i < frames; i++) {
            short s = (short) (i % (rate / 2) < 800 ? 20000 * Math.sin(i * 0.03) : 0);
            pcm[4 * i] = (byte) s;
            pcm[4 * i + 1] = (byte) (s >> 8);
            pcm[4 * i + 2] = (byte) s;
            pcm[4 * i + 3] = (byte) (s >> 8);
        }
        Path file = dir.resolve("long-clicks.wav");
        AudioFormat format = new AudioFormat(rate, 16, 2, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    @Test
    void theStageAndItsPercentShowWhileTheSongLoads(FxRobot robot) throws Exception {
        Path file = song();
        robot.interact(() -> model.load(file));
        assertThat(paused.await(30, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> { });
        try {
            Label stage = robot.lookup("#song-stage").queryAs(Label.class);
            assertThat(stage.getText()).matches("Decoding… \\d+ %");
            assertThat(model.progressProperty().get()).isBetween(0.2, 0.8);
            assertThat(stage.getText()).isEqualTo("Decoding… " + Math.round(model.progressProperty().get() * 100) + " %");
            robot.interact(() -> Screenshots.save(scene, "song-loading"));
        } finally {
            resume.countDown();
        }
        // The load runs on to the end before the test's folder is removed.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.statusProperty().get() != SongModel.Status.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get()).isEqualTo(SongModel.Status.READY);
    }
}
