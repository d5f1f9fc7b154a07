package org.toetempo.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.toetempo.routine.Routine;
import org.toetempo.settings.SettingsStore;
import org.toetempo.text.Language;
import org.toetempo.ui.calibration.CalibrationView;
import org.toetempo.ui.welcome.WelcomeView;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The dialogs that change how the app sounds and speaks: the first-run welcome, sound timing and the language. */
final class SettingsDialogs {

    private static final String FIRST_ROUTINE = "musical-toes";

    private final MainWindow window;
    private final Supplier<SoundOutput> sound;
    private final RoutineLookup withRoutine;
    private final Consumer<Routine> play;

    /** Reads the routines in the background, then hands the one with this id on, or says it is not there. */
    @FunctionalInterface
    interface RoutineLookup {
        void find(String id, Consumer<Routine> found, Runnable missing);
    }

    /**
     * @param withRoutine finds a routine by id, in the background
     * @param play        starts a routine (the welcome's "try the first routine")
     */
    SettingsDialogs(MainWindow window, Supplier<SoundOutput> sound, RoutineLookup withRoutine, Consumer<Routine> play) {
        this.window = window;
        this.sound = sound;
        this.withRoutine = withRoutine;
        this.play = play;
    }

    /** The welcome with the safety screen, on first run (and whenever asked). */
    /** Shows the welcome, then runs {@code next} (a window that should come over it). */
    void showWelcome(Runnable next) {
        // The suggested routine is read first: the welcome says its name and how long it plays from its schedule.
        withRoutine.find(FIRST_ROUTINE, first -> {
            showWelcome(first);
            next.run();
        }, next);
    }

    private void showWelcome(Routine first) {
        Stage dialog = dialog(window.text().get("screens.welcome.title"));
        WelcomeView view = new WelcomeView(window.text(), first, this::soundCheck, () -> {
            dialog.close();
            play.accept(first);
        }, dialog::close);
        Scene welcome = new Scene(view);
        Theme.apply(welcome, window.theme());
        dialog.setScene(welcome);
        SettingsStore settings = window.settings();
        dialog.setOnHidden(e -> window.tellIfUnsaved(settings.save(settings.get().withWelcomed(true))));
        dialog.show();
    }

    /** The start of Musical Toes: clicks, the exercise's name, "up", "down". */
    void soundCheck() {
        withRoutine.find(FIRST_ROUTINE, r -> sound.get().preview(r, WelcomeView.SOUND_CHECK_SECONDS), () -> { });
    }

    /** Latency calibration: tap along to clicks; the suggested offset is saved for the output device. */
    void showCalibration() {
        Stage dialog = dialog(window.text().get("screens.calibration.title"));
        SettingsStore settings = window.settings();
        CalibrationView view = new CalibrationView(window.text(), sound.get().clock(),
                start -> sound.get().clicks(start, CalibrationView.CLICKS, CalibrationView.BPM),
                millis -> window.tellIfUnsaved(settings.save(settings.get().withLatency(SoundOutput.DEFAULT_DEVICE, millis))),
                settings.get().latencyFor(SoundOutput.DEFAULT_DEVICE), dialog::close);
        Scene scene = new Scene(new VBox(outputPicker(), view));
        Theme.apply(scene, window.theme());
        dialog.setScene(scene);
        // Whatever happened, the engine goes back to the saved offset.
        dialog.setOnHidden(e -> sound.get().apply(settings.get()));
        dialog.show();
    }

    /** Which sound output plays: the engine switches at once, the session's clock going on. */
    private HBox outputPicker() {
        ChoiceBox<String> outputs = new ChoiceBox<>();
        outputs.setId("sound-output");
        outputs.getItems().add(SoundOutput.DEFAULT_DEVICE);
        outputs.getItems().addAll(sound.get().devices());
        outputs.setValue(sound.get().device() == null ? SoundOutput.DEFAULT_DEVICE : sound.get().device());
        outputs.valueProperty().addListener((obs, was, chosen) ->
                sound.get().useDevice(chosen == null || chosen.equals(SoundOutput.DEFAULT_DEVICE) ? null : chosen));
        HBox row = new HBox(8, new Label(window.text().get("screens.calibration.output")), outputs);
        row.setPadding(new Insets(12, 16, 0, 16));
        return row;
    }

    /**
     * The language of the routines and the spoken cues, kept in the settings and used from the next start: the
     * library, the voice and every open screen would otherwise be half in one language and half in the other.
     */
    void chooseLanguage(Language current) {
        List<String> names = Arrays.stream(Language.values()).map(Language::nativeName).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(current.nativeName(), names);
        dialog.initOwner(window.stage());
        dialog.setTitle(window.text().get("screens.language.title"));
        dialog.setHeaderText(window.text().get("screens.language.header"));
        dialog.setContentText(window.text().get("screens.language.label"));
        dialog.showAndWait().ifPresent(name -> {
            Language chosen = Arrays.stream(Language.values()).filter(l -> l.nativeName().equals(name)).findFirst()
                    .orElse(current);
            SettingsStore settings = window.settings();
            window.tellIfUnsaved(settings.save(settings.get().withLanguage(chosen.code())));
            if (chosen != current) {
                window.alert(Alert.AlertType.INFORMATION, window.text().get("screens.language.changed-header"),
                        window.text().get("screens.language.changed", chosen.nativeName()), ButtonType.OK).show();
            }
        });
    }

    private Stage dialog(String title) {
        Stage dialog = new Stage();
        dialog.initOwner(window.stage());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        return dialog;
    }
}
