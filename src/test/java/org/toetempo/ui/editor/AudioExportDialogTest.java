package org.toetempo.ui.editor;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.toetempo.audio.AudioExport;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.song.decode.AudioFiles;
import org.toetempo.song.decode.DecodedAudio;
import org.toetempo.text.Language;
import org.toetempo.text.Messages;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.PlayedLength;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AudioExportDialogTest {

    @TempDir
    Path folder;

    private Stage owner;

    @Start
    void start(Stage primary) {
        // An owner window of our own, with a scene (a modal dialog disables its owner's view): the primary stage is
        // shared with other test classes.
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 400, 300));
        owner.show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(owner::close).get(10, TimeUnit.SECONDS);
    }

    private static Routine routine() {
        return RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null).find("musical-toes").orElseThrow();
    }

    /** The short routine of the clip tests (about 50 s played), without its clips. */
    static Routine pressAndHold() throws Exception {
        return read(pressAndHoldJson());
    }

    private static String pressAndHoldJson() throws Exception {
        return Files.readString(Path.of(AudioExportDialogTest.class.getResource("/clips/press-and-hold.json").toURI()))
                .replaceAll(",\\s*\"clip\": \\{ \"file\": \"CLIP\", \"rep_in\": [0-9.]+, \"rep_out\": [0-9.]+ \\}", "");
    }

    private static Routine read(String json) {
        return new RoutineReader(ExerciseLibrary.builtIn()).read("press.json", json.getBytes(StandardCharsets.UTF_8)).routine();
    }

    /** Export audio… as a user runs it: the dialog, Save, a progress bar, then the file and where it is. */
    @ParameterizedTest
    @ValueSource(strings = {"mp3", "wav"})
    void theDialogExportsTheRoutineAndSaysWhereTheFileIs(String format, FxRobot robot) throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            // One set of each step (about half a minute): the dialog is under test here, not the encoder's speed.
            Routine routine = read(pressAndHoldJson().replace("\"sets\": 2", "\"sets\": 1"));
            Path target = folder.resolve("press." + format);
            AudioExportDialog dialog = new AudioExportDialog(Messages.of(Language.ENGLISH), background, Settings::defaults,
                    () -> null);
            dialog.chooseWith((window, r) -> target);
            robot.interact(() -> dialog.show(owner, routine));
            robot.clickOn("#export-audio-save");
            Label status = robot.lookup("#export-audio-status").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved"));

            assertThat(status.getText()).contains(target.toString()).contains("Copy it to the patient's phone");
            assertThat(robot.lookup("#export-audio-cancel").queryButton().getText()).isEqualTo("Close");
            assertThat(robot.lookup("#export-audio-save").queryButton().isDisabled()).isTrue();
            // The whole routine as played, and the last cue's ring-out after it.
            double played = PlayedLength.seconds(routine, PlayOptions.defaults()) + AudioExport.TAIL_SECONDS;
            DecodedAudio audio = AudioFiles.decode(target);
            assertThat(audio.durationSeconds()).isCloseTo(played, within(0.1));
            byte[] head = Arrays.copyOf(Files.readAllBytes(target), 12);
            if (format.equals("wav")) {
                assertThat(new String(head, StandardCharsets.US_ASCII)).startsWith("RIFF").endsWith("WAVE");
            } else {
                assertThat(head[0] & 0xFF).as("an MPEG frame's sync").isEqualTo(0xFF);
                assertThat(head[1] & 0xE0).isEqualTo(0xE0);
            }
            assertThat(status.getText()).contains(Messages.of(Language.ENGLISH)
                    .duration(Duration.ofMillis(Math.round(played * 1000))));
            robot.clickOn("#export-audio-cancel");
            assertThat(robot.lookup("#export-audio-dialog").tryQuery()).isEmpty();
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void writesAnMp3InTheBackgroundReportingProgressAndCancelLeavesNothing() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            AudioExportDialog dialog = new AudioExportDialog(Messages.of(Language.ENGLISH), background, () -> null, () -> null);
            AudioExport export = new AudioExport(routine(), PlayOptions.defaults().withBpm(72),
                    AudioExportDialog.mixOf(Settings.defaults()), null, 20.0);
            List<Double> progress = new ArrayList<>();
            Path mp3 = folder.resolve("toes.mp3");

            long frames = dialog.write(export, mp3, new AtomicBoolean(), progress::add).get(60, TimeUnit.SECONDS);

            assertThat(frames).isEqualTo(20 * 48_000);
            assertThat(progress).isNotEmpty().isSorted();
            assertThat(AudioFiles.decode(mp3).durationSeconds()).isEqualTo(20.0);

            Path cancelled = folder.resolve("cancelled.mp3");
            AtomicBoolean cancel = new AtomicBoolean(true);
            assertThatThrownBy(() -> dialog.write(export, cancelled, cancel, p -> { }).get(60, TimeUnit.SECONDS))
                    .isInstanceOf(CancellationException.class);
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("toes.mp3");
            }
        } finally {
            background.shutdownNow();
        }
    }
}
