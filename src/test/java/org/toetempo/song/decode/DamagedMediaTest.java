package org.toetempo.song.decode;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.toetempo.song.decode.AudioFilesTest.resource;
import static org.toetempo.song.decode.HostileSongFilesTest.indexOf;

/** Damaged songs play around the damage, as other players do; only a file with no playable audio is refused (issue 16, class 8). */
class DamagedMediaTest {

    private static double seconds(DecodedAudio audio) {
        return audio.samples().length / (double) audio.sampleRate();
    }

    @Test
    void anMp3WhoseId3TagClaimsMoreBytesThanTheFileHasStillPlays() throws IOException {
        byte[] mp3 = resource("click-at-1s-lame-cbr.mp3");
        byte[] tag = new byte[10 + 40];
        tag[0] = 'I';
        tag[1] = 'D';
        tag[2] = '3';
        tag[3] = 3;
        tag[6] = 0x7f;      // 0x0fffffff bytes, synchsafe: far more than the file
        tag[7] = 0x7f;
        tag[8] = 0x7f;
        tag[9] = 0x7f;
        byte[] file = concat(tag, mp3);

        DecodedAudio audio = AudioFiles.decode(file);

        assertThat(audio.format()).isEqualTo("MP3");
        assertThat(seconds(audio)).isBetween(1.9, 2.1);
    }

    @Test
    void anMp3After70KbOfJunkStillPlays() throws IOException {
        byte[] junk = new byte[70 * 1024];
        new Random(16).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if ((junk[i] & 0xff) == 0xff) {
                junk[i] = 0;    // junk, not a stray frame
            }
        }
        byte[] file = concat(junk, resource("click-at-1s-lame-cbr.mp3"));

        assertThat(AudioFiles.sniff(file)).isEqualTo("MP3");
        assertThat(seconds(AudioFiles.decode(file))).isBetween(1.9, 2.1);
    }

    @Test
    void anM4aWithFlippedBitsInItsAudioPlaysAroundTheDamage() throws IOException {
        byte[] m4a = resource("click-at-1s-aac.m4a").clone();
        int mdat = indexOf(m4a, "mdat");
        int size = ByteBuffer.wrap(m4a).getInt(mdat - 4);
        Random random = new Random(20);
        for (int i = 0; i < 20; i++) {
            int at = mdat + 4 + 16 + random.nextInt(size - 24);
            m4a[at] ^= (byte) (1 << random.nextInt(8));
        }

        DecodedAudio audio = AudioFiles.decode(m4a);

        assertThat(seconds(audio)).isBetween(1.9, 2.1);
    }

    @Test
    void aFileWithNoPlayableAudioIsStillRefusedInOneLine() {
        byte[] junk = new byte[200 * 1024];
        new Random(8).nextBytes(junk);
        assertThatThrownBy(() -> AudioFiles.decode(concat("ID3".getBytes(), junk)))
                .isInstanceOf(SongFormatException.class).hasMessageStartingWith("unsupported: ");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
