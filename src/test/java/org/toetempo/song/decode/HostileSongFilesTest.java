package org.toetempo.song.decode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.files.SpecialFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.toetempo.song.decode.AudioFilesTest.resource;

/** Files that hung or exploded the decoder (issue 16, class 7): each is now one clear line, at once. */
class HostileSongFilesTest {

    @TempDir
    Path dir;

    @Test
    void aPipeNamedLikeASongIsRefusedWithoutWaiting() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("song.mp3"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> AudioFiles.decode(fifo)).isInstanceOf(IOException.class)
                        .hasMessage("is not a song file but a device, a pipe or a socket"));
    }

    @Test
    void aLinkToDevZeroIsNotReadIntoMemory() throws Exception {
        Path zero = SpecialFiles.devZero(dir.resolve("zero.mp3"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> AudioFiles.read(zero)).hasMessageContaining("device, a pipe"));
    }

    @Test
    void anM4aWhoseSampleSizeCountClaimsAGigaEntryIsRefusedBeforeAllocating() throws IOException {
        byte[] m4a = resource("click-at-1s-aac.m4a").clone();
        int stsz = indexOf(m4a, "stsz");
        assertThat(stsz).isPositive();
        // version/flags, sample size 0 (a table follows), then the count
        ByteBuffer.wrap(m4a).putInt(stsz + 4 + 8, 0x3fffffff);
        long before = usedHeap();
        assertThatThrownBy(() -> AudioFiles.decode(m4a)).isInstanceOf(SongFormatException.class)
                .hasMessageStartingWith("damaged M4A: the 'stsz' box at byte ")
                .hasMessageContaining("claims 1073741823 entries");
        assertThat(usedHeap() - before).isLessThan(256L << 20);
    }

    @Test
    void anM4aWhoseBoxClaimsMoreThanItsParentHoldsIsRefused() throws IOException {
        byte[] m4a = resource("click-at-1s-aac.m4a").clone();
        int trak = indexOf(m4a, "trak");
        ByteBuffer.wrap(m4a).putInt(trak - 4, 0x7ffffff0);
        assertThatThrownBy(() -> AudioFiles.decode(m4a)).isInstanceOf(SongFormatException.class)
                .hasMessageStartingWith("damaged M4A: the 'trak' box");
    }

    @Test
    void anIntactM4aStillPasses() throws IOException {
        Mp4Boxes.check(ByteBuffer.wrap(resource("click-at-1s-aac.m4a")));
        Mp4Boxes.check(ByteBuffer.wrap(resource("tags/ffmpeg.m4a")));
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    static int indexOf(byte[] bytes, String type) {
        byte[] want = type.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + want.length <= bytes.length; i++) {
            for (int j = 0; j < want.length; j++) {
                if (bytes[i + j] != want[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
