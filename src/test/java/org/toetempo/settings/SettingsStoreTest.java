package org.toetempo.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.audio.SoundMode;
import org.toetempo.files.AtomicFiles;
import org.toetempo.files.SpecialFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("settings.json", "settings.json.lock");
        }
    }

    @Test
    void theChosenLanguageIsKeptAndAnOlderFileFollowsTheSystem() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"welcomed\": true}");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.get().language()).isNull();

        store.save(store.get().withLanguage("de"));

        assertThat(new SettingsStore(file).get().language()).isEqualTo("de");
        assertThat(new SettingsStore(file).get().welcomed()).isTrue();
    }

    @Test
    void aDamagedFileIsSetAsideWithANoticeAndTheDefaultsUsed() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"DARK\", \"sound\": ");

        SettingsStore store = new SettingsStore(file);

        assertThat(store.get()).isEqualTo(Settings.defaults());
        assertThat(store.notice().english()).contains("could not be read").contains("settings.json.damaged");
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

    /** The start reads the file without Jackson's mapper: what the mapper saved must read back the same. */
    @Test
    void everyFieldTheMapperWritesIsReadBackAtStart() throws IOException {
        Path file = dir.resolve("settings.json");
        Settings all = Settings.defaults().withTheme(Settings.Theme.DARK).withSound(SoundMode.CLICKS).withMuted(true)
                .withVolumes(0.1, 0.2, 0.3).withLatency("USB", -120).withLatency("HDMI", 80).withWelcomed(true)
                .withClipLayout(Settings.ClipLayout.INSTEAD_OF_FIGURE).withLanguage("de");
        assertThat(new SettingsStore(file).save(all)).isNull();

        assertThat(new SettingsStore(file).get()).isEqualTo(all);
    }

    @Test
    void aValueOfTheWrongKindMakesTheFileDamagedNotHalfRead() throws IOException {
        for (String text : new String[] {"{\"theme\": \"PURPLE\"}", "{\"muted\": \"yes\"}", "{\"click_volume\": \"loud\"}",
                "{\"latency_millis\": [1]}", "{\"welcomed\": true} {}", "[]"}) {
            Path file = Files.writeString(dir.resolve("settings.json"), text);

            SettingsStore store = new SettingsStore(file);

            assertThat(store.get()).as(text).isEqualTo(Settings.defaults());
            assertThat(store.notice().english()).as(text).contains("could not be read");
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFailedSaveKeepsTheOldFileWholeAndSaysWhy() throws IOException {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the folder should be");
        SettingsStore store = new SettingsStore(blocked.resolve("settings.json"));

        String problem = store.save(Settings.defaults().withTheme(Settings.Theme.DARK)).english();

        assertThat(problem).startsWith("Your settings could not be saved to ").endsWith("They apply until the app is closed.");
        assertThat(store.get().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(blocked).hasContent("a file where the folder should be");
    }

    @Test
    void missingFieldsTakeTheirDefaultsNotZero() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"welcomed\":true}");

        Settings read = new SettingsStore(file).get();

        assertThat(read).isEqualTo(Settings.defaults().withWelcomed(true));
        assertThat(read.clickVolume()).isEqualTo(0.8);
        assertThat(read.voiceVolume()).isEqualTo(0.9);
        assertThat(read.musicVolume()).isEqualTo(0.7);
    }

    @Test
    void anAbsurdLatencyIsClampedToASaneRange() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"latency_millis\": {\"default output\": 2000000000, \"usb\": -2000000000, \"hdmi\": 120}}");

        Settings read = new SettingsStore(file).get();

        assertThat(read.latencyFor("default output")).isEqualTo(Settings.MAX_LATENCY_MILLIS);
        assertThat(read.latencyFor("usb")).isEqualTo(-Settings.MAX_LATENCY_MILLIS);
        assertThat(read.latencyFor("hdmi")).isEqualTo(120);
        assertThat(Settings.MAX_LATENCY_MILLIS).isLessThanOrEqualTo(5000);
    }

    @Test
    void aSecondDamageNeverOverwritesTheFirstCopy() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "first damage");
        assertThat(new SettingsStore(file).notice().english()).contains("settings.json.damaged.");
        Files.writeString(file, "[\"second damage\"]");

        SettingsStore second = new SettingsStore(file);

        assertThat(dir.resolve("settings.json.damaged")).hasContent("first damage");
        assertThat(dir.resolve("settings.json.damaged-2")).hasContent("[\"second damage\"]");
        assertThat(second.notice().english()).contains("settings.json.damaged-2");
    }

    @Test
    void aSettingsFileThatIsAFolderOrAPipeIsToldNotHung() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("settings.json"));
        SettingsStore store = new SettingsStore(folder);
        assertThat(store.notice().english()).contains("could not be read (it is a folder, not a file)");
        assertThat(store.save(Settings.defaults().withMuted(true)).english()).startsWith("Your settings could not be saved");
        assertThat(store.get().muted()).isTrue();

        Path fifo = SpecialFiles.fifo(dir.resolve("other/settings.json"));
        SettingsStore piped = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new SettingsStore(fifo));
        assertThat(piped.notice().english()).contains("not a regular file");
    }

    @Test
    void anAtomicWriteThroughALinkToADeviceLeavesAPrivateFileNotAWorldWritableOne() throws IOException {
        Path file = Files.createSymbolicLink(dir.resolve("settings.json"), Path.of("/dev/null"));
        SettingsStore store = new SettingsStore(file);

        assertThat(store.save(Settings.defaults().withWelcomed(true))).isNull();

        assertThat(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.getPosixFilePermissions(file)).doesNotContain(PosixFilePermission.OTHERS_WRITE);
        assertThat(new SettingsStore(file).get().welcomed()).isTrue();
    }

    @Test
    void anAtomicWriteThroughALinkToAFileKeepsTheLinkAndDropsWriteForOthers() throws IOException {
        Path real = Files.writeString(dir.resolve("synced.json"), "{}");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-rw-"));
        Path link = Files.createSymbolicLink(dir.resolve("settings.json"), real.getFileName());

        assertThat(new SettingsStore(link).save(Settings.defaults().withMuted(true))).isNull();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.getPosixFilePermissions(real)).isEqualTo(PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(new SettingsStore(real).get().muted()).isTrue();
    }

    @Test
    void twoInstancesMergeWhatEachChangedRatherThanOverwriteTheWholeFile() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsStore first = new SettingsStore(file);
        SettingsStore second = new SettingsStore(file);   // both read the same (default) file

        assertThat(first.save(first.get().withTheme(Settings.Theme.DARK).withLatency("usb", 40))).isNull();
        assertThat(second.save(second.get().withVolumes(0.1, 0.2, 0.3).withLatency("hdmi", 90))).isNull();
        assertThat(first.save(first.get().withMuted(true))).isNull();

        Settings onDisk = new SettingsStore(file).get();
        assertThat(onDisk.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(onDisk.clickVolume()).isEqualTo(0.1);
        assertThat(onDisk.musicVolume()).isEqualTo(0.3);
        assertThat(onDisk.muted()).isTrue();
        assertThat(onDisk.latencyMillis()).containsOnly(entry("usb", 40), entry("hdmi", 90));
    }

    @Test
    void fieldsOfANewerVersionSurviveASave() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"future_option\": {\"x\": 1}}");
        new SettingsStore(file).save(Settings.defaults().withMuted(true));
        assertThat(Files.readString(file)).contains("\"future_option\"").contains("\"muted\" : true");
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
