package org.toetempo.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.audio.SoundMode;
import org.toetempo.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aFirstRunHasTheDefaults() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));

        assertThat(store.get()).isEqualTo(Settings.defaults());
        assertThat(store.notice()).isNull();
    }

    @Test
    void everyChangeIsSavedAndReadBack() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        Settings changed = store.get().withTheme(Settings.Theme.DARK).withSound(SoundMode.VOICE).withMuted(true)
                .withVolumes(0.5, 0.25, 1).withLatency("PulseAudio Mixer", 42).withWelcomed(true);

        assertThat(store.save(changed)).isNull();

        assertThat(new SettingsStore(file).get()).isEqualTo(changed);
        assertThat(file).exists();
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void aDamagedFileIsSetAsideWithANoticeAndTheDefaultsUsed() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"DARK\", \"sound\": ");

        SettingsStore store = new SettingsStore(file);

        assertThat(store.get()).isEqualTo(Settings.defaults());
        assertThat(store.notice()).contains("could not be read").contains("settings.json.damaged");
        assertThat(dir.resolve("settings.json.damaged")).hasContent("{\"theme\": \"DARK\", \"sound\": ");
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnoredAndValuesClamped() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"DARK\", \"click_volume\": 7, \"future_option\": true}");

        Settings read = new SettingsStore(file).get();

        assertThat(read.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(read.clickVolume()).isEqualTo(1.0);
    }

    @Test
    void aFailedSaveKeepsTheOldFileWholeAndSaysWhy() throws IOException {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the folder should be");
        SettingsStore store = new SettingsStore(blocked.resolve("settings.json"));

        String problem = store.save(Settings.defaults().withTheme(Settings.Theme.DARK));

        assertThat(problem).startsWith("Could not save your settings to ");
        assertThat(store.get().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(blocked).hasContent("a file where the folder should be");
    }

    @Test
    void atomicWritesReplaceWholeFilesAndLeaveNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("routine.json");
        AtomicFiles.write(target, "first".getBytes());
        AtomicFiles.write(target, "second, longer".getBytes());

        assertThat(target).hasContent("second, longer");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }
}
