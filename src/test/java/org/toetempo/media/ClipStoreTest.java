package org.toetempo.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClipStoreTest {

    @TempDir
    Path home;

    /** A 4 s, 30 fps, 320x240 H.264 clip made for these tests with ffmpeg (a red square rising and falling every 2 s). */
    static Path demoClip() {
        return resource("/clips/rep-demo.mp4");
    }

    static Path resource(String name) {
        try {
            return Path.of(ClipStoreTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aVideoIsCopiedInUnderItsHashOnceAndRemovedWhenUnused() throws Exception {
        ClipStore store = new ClipStore(home.resolve("clips"));
        Path source = home.resolve("my rep.mp4");
        Files.copy(demoClip(), source);

        ClipStore.Stored stored = store.add(source);

        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(source)));
        assertThat(stored.file()).isEqualTo(hash + ".mp4");
        assertThat(stored.info().durationSeconds()).isEqualTo(4.0);
        assertThat(stored.info().frames()).isEqualTo(120);
        assertThat(stored.info().width()).isEqualTo(320);
        Files.delete(source);
        assertThat(store.find(stored.file())).contains(home.resolve("clips").resolve(stored.file()));
        Files.copy(demoClip(), source);
        assertThat(store.add(source).file()).isEqualTo(stored.file());
        try (var files = Files.list(home.resolve("clips"))) {
            assertThat(files).hasSize(1);
        }

        assertThat(store.removeUnused(List.of(stored.file()))).isZero();
        assertThat(store.removeUnused(List.of())).isEqualTo(1);
        assertThat(store.find(stored.file())).isEmpty();
    }

    @Test
    void otherVideosAndFilesAreRefusedWithASentenceAndNothingIsStored() throws Exception {
        ClipStore store = new ClipStore(home.resolve("clips"));
        assertThatThrownBy(() -> store.add(resource("/clips/hevc.mp4"))).isInstanceOf(ClipException.class)
                .hasMessage("this video is HEVC (H.265); clips must be H.264 (avc1), which JavaFX plays everywhere:"
                        + " export or convert it as 'H.264 MP4'");
        Path webm = home.resolve("rep.webm");
        Files.write(webm, new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> store.add(webm)).hasMessageStartingWith("a WebM or MKV video: clips must be MP4 or M4V");
        Path text = home.resolve("notes.txt");
        Files.writeString(text, "not a video at all");
        assertThatThrownBy(() -> store.add(text)).hasMessageStartingWith("a .txt file, not a video this app plays");
        Path cut = home.resolve("cut.mp4");
        byte[] whole = Files.readAllBytes(demoClip());
        Files.write(cut, Arrays.copyOf(whole, 2000));
        assertThatThrownBy(() -> store.add(cut)).isInstanceOf(ClipException.class);
        assertThat(Files.exists(home.resolve("clips"))).isFalse();
    }
}
