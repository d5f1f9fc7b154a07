package org.toetempo.ui.editor;

import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.toetempo.audio.AudioExport;
import org.toetempo.routine.ExerciseLibrary;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.settings.Settings;
import org.toetempo.song.decode.AudioFiles;
import org.toetempo.timing.PlayOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AudioExportDialogTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static Routine routine() {
        return RoutineLibrary.load(new RoutineReader(ExerciseLibrary.builtIn()), null).find("musical-toes").orElseThrow();
    }

    @Test
    void writesAnMp3InTheBackgroundReportingProgressAndCancelLeavesNothing() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            AudioExportDialog dialog = new AudioExportDialog(background, () -> null, () -> null);
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
