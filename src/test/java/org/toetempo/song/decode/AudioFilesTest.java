package org.toetempo.song.decode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toetempo.song.Signals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Decoding: the test MP3s and M4A hold a 4 ms click starting exactly at 1.000 s of a 2.000 s mono or stereo
 * recording (made with LAME 3.100 and ffmpeg's AAC encoder from a WAV written sample by sample); after decoding,
 * the click must start at sample {@code rate}, as in the original, whatever the encoder's delay and padding.
 */
public class AudioFilesTest {

    public static byte[] resource(String name) throws IOException {
        try (InputStream in = AudioFilesTest.class.getResourceAsStream("/org/toetempo/song/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The first sample whose magnitude exceeds 0.05 (the click's first half-wave peaks at about 0.6). */
    static int onset(float[] x) {
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) > 0.05f) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void lameCbrMp3HasItsDelayRemoved() throws IOException {
        DecodedAudio audio = AudioFiles.decode(resource("click-at-1s-lame-cbr.mp3"));

        assertThat(audio.format()).isEqualTo("MP3");
        assertThat(audio.sampleRate()).isEqualTo(44100);
        assertThat(audio.channels()).isEqualTo(1);
        // LAME 3.100 records 576 samples of encoder delay; with the decoder's 529 that is 1105 samples (25 ms).
        assertThat(audio.trimmedStart()).isEqualTo(576 + 529);
        assertThat(audio.trimmedStartSeconds()).isCloseTo(0.02506, within(1e-4));
        // The click at exactly 1.000 s (its first sample is near zero, the second above the threshold).
        assertThat(onset(audio.samples())).isBetween(44100, 44102);
        // The padding is removed too: exactly the original 2 s.
        assertThat(audio.samples()).hasSize(88200);
    }

    @Test
    void lameVbrStereoMp3At48kHz() throws IOException {
        DecodedAudio audio = AudioFiles.decode(resource("click-at-1s-lame-vbr-48k-stereo.mp3"));

        assertThat(audio.sampleRate()).isEqualTo(48000);
        assertThat(audio.channels()).isEqualTo(2);
        assertThat(onset(audio.samples())).isBetween(48000, 48002);
        assertThat(audio.samples()).hasSize(96000);
    }

    @Test
    void anMp3WithoutLameTagIsLeftAsTheDecoderGivesIt() throws IOException {
        // No Xing/LAME frame (ffmpeg -write_xing 0): no gapless information, so nothing is cut (as ffmpeg does) and
        // the click comes 1105 samples (25 ms) late, as such a file plays everywhere.
        DecodedAudio audio = AudioFiles.decode(resource("click-at-1s-no-lame-tag.mp3"));

        assertThat(audio.trimmedStart()).isZero();
        assertThat(onset(audio.samples())).isBetween(44100 + 1105, 44100 + 1107);
    }

    @Test
    void m4aAacHasItsPrimingRemoved() throws IOException {
        DecodedAudio audio = AudioFiles.decode(resource("click-at-1s-aac.m4a"));

        assertThat(audio.format()).isEqualTo("M4A");
        assertThat(audio.trimmedStart()).isEqualTo(1024);
        assertThat(onset(audio.samples())).isBetween(44100, 44102);
        assertThat(audio.samples()).hasSize(88200);
    }

    @Test
    void parallelChunksDecodeExactlyAsOneDecoderDoes() throws IOException {
        byte[] mp3 = resource("click-at-1s-lame-vbr-48k-stereo.mp3");
        DecodedAudio sequential = Mp3Decoding.decode(mp3, 1, 1);
        for (int chunks : new int[] {2, 3, 7}) {
            DecodedAudio chunked = Mp3Decoding.decode(mp3, chunks, 5);
            assertThat(Arrays.equals(chunked.samples(), sequential.samples())).as(chunks + " chunks").isTrue();
        }
    }

    @Test
    void id3TagsAndJunkAroundTheAudioAreSkipped() throws IOException {
        byte[] mp3 = resource("click-at-1s-lame-cbr.mp3");
        // A 100-byte ID3v2.3 tag in front, an ID3v1 tag at the end.
        byte[] id3 = new byte[110];
        id3[0] = 'I';
        id3[1] = 'D';
        id3[2] = '3';
        id3[3] = 3;
        id3[9] = 100;
        byte[] tail = new byte[128];
        tail[0] = 'T';
        tail[1] = 'A';
        tail[2] = 'G';
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(id3);
        out.write(mp3);
        out.write(tail);
        DecodedAudio audio = AudioFiles.decode(out.toByteArray());

        assertThat(onset(audio.samples())).isBetween(44100, 44102);
        assertThat(audio.samples()).hasSize(88200);
    }

    @Test
    void wavAndAiffOfEverySampleFormat() throws IOException {
        float[] click = Signals.silence(1.5);
        Signals.click(click, 1.0, 0.8f);
        for (AudioFormat format : new AudioFormat[] {
                new AudioFormat(44100, 16, 1, true, false),
                new AudioFormat(44100, 16, 2, true, false),
                new AudioFormat(44100, 24, 1, true, false),
                new AudioFormat(44100, 8, 1, false, false),
                new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, 44100, 32, 1, 4, 44100, false)}) {
            DecodedAudio audio = AudioFiles.decode(write(click, format, AudioFileFormat.Type.WAVE));
            assertThat(audio.format()).isEqualTo("WAV");
            assertThat(audio.channels()).isEqualTo(format.getChannels());
            assertThat(onset(audio.samples())).as(format.toString()).isBetween(44100, 44102);
        }
        DecodedAudio aiff = AudioFiles.decode(write(click, new AudioFormat(44100, 16, 2, true, true), AudioFileFormat.Type.AIFF));
        assertThat(aiff.format()).isEqualTo("AIFF");
        assertThat(onset(aiff.samples())).isBetween(44100, 44102);
        assertThat(aiff.samples()[44101]).isCloseTo(click[44101], within(1e-3f));
    }

    @Test
    void oggVorbisAndFlacDecodeWithTheClickInPlace() throws IOException {
        DecodedAudio ogg = AudioFiles.decode(resource("click-at-1s.ogg"), true);
        assertThat(ogg.format()).isEqualTo("OGG");
        assertThat(ogg.sampleRate()).isEqualTo(44100);
        assertThat(ogg.channels()).isEqualTo(2);
        assertThat(ogg.durationSeconds()).isCloseTo(3.0, within(0.03));
        assertThat(onset(ogg.samples())).isBetween(44100 - 40, 44100 + 40);
        assertThat(ogg.stereo()).hasSize(2 * ogg.samples().length);
        DecodedAudio flac = AudioFiles.decode(resource("click-at-1s-mono.flac"), true);
        assertThat(flac.format()).isEqualTo("FLAC");
        assertThat(flac.channels()).isEqualTo(1);
        assertThat(flac.samples()).hasSize(3 * 44100);
        assertThat(onset(flac.samples())).isEqualTo(44100);
        assertThat(flac.samples()[44100]).isCloseTo(20000 / 32768f, within(1e-4f));
        assertThat(flac.stereo()[2 * 44100]).isEqualTo(flac.stereo()[2 * 44100 + 1]);
    }

    @Test
    void unsupportedFilesSayWhatToDo(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> AudioFiles.decode(new byte[0])).isInstanceOf(SongFormatException.class)
                .hasMessage("unsupported: the file is empty");
        assertThatThrownBy(() -> AudioFiles.decode("OggS\0\2\0\0\0\0\0\0\0\0".getBytes()))
                .isInstanceOf(SongFormatException.class)
                .hasMessage("not a readable Ogg file");
        assertThatThrownBy(() -> AudioFiles.decode("MThd\0\0\0\6\0\1".getBytes()))
                .isInstanceOf(SongFormatException.class)
                .hasMessageStartingWith("unsupported: a MIDI file")
                .hasMessageContaining("OGG Vorbis or FLAC; or tap the tempo instead");
        assertThatThrownBy(() -> AudioFiles.decode("just some text, not a song".getBytes()))
                .isInstanceOf(SongFormatException.class)
                .hasMessageStartingWith("unsupported: not an audio file");
        byte[] m4aWithGarbage = resource("click-at-1s-aac.m4a").clone();
        for (int i = 40; i < m4aWithGarbage.length; i++) {
            m4aWithGarbage[i] = (byte) (i * 31);
        }
        assertThatThrownBy(() -> AudioFiles.decode(m4aWithGarbage)).isInstanceOf(SongFormatException.class)
                .hasMessageStartingWith("unsupported: M4A");
        assertThatThrownBy(() -> AudioFiles.decode(dir.resolve("missing.mp3"))).isInstanceOf(IOException.class)
                .hasMessage("no such file");
        assertThatThrownBy(() -> AudioFiles.decode(dir)).isInstanceOf(IOException.class)
                .hasMessage("is a folder, not a song file");
    }

    @Test
    void aDamagedMp3StillDecodesAroundTheDamage() throws IOException {
        byte[] mp3 = resource("click-at-1s-lame-cbr.mp3").clone();
        // Overwrite a stretch after the click (about two frames, at 1.5 s) with garbage.
        for (int i = 12000; i < 12400; i++) {
            mp3[i] = (byte) 0x55;
        }
        DecodedAudio audio = AudioFiles.decode(mp3);
        assertThat(audio.samples().length).isBetween(80000, 88200);
        assertThat(onset(audio.samples())).isBetween(44100, 44102);
    }

    private static byte[] write(float[] mono, AudioFormat format, AudioFileFormat.Type type) throws IOException {
        int channels = format.getChannels();
        int bytes = format.getSampleSizeInBits() / 8;
        ByteBuffer data = ByteBuffer.allocate(mono.length * channels * bytes)
                .order(format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (float v : mono) {
            for (int c = 0; c < channels; c++) {
                if (format.getEncoding() == AudioFormat.Encoding.PCM_FLOAT) {
                    data.putFloat(v);
                } else if (bytes == 1) {
                    data.put((byte) (Math.round(v * 127) + 128));
                } else if (bytes == 2) {
                    data.putShort((short) Math.round(v * 32767));
                } else {
                    int s = Math.round(v * 8388607);
                    if (format.isBigEndian()) {
                        data.put((byte) (s >> 16)).put((byte) (s >> 8)).put((byte) s);
                    } else {
                        data.put((byte) s).put((byte) (s >> 8)).put((byte) (s >> 16));
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(data.array()), format, mono.length), type, out);
        return out.toByteArray();
    }

    @Test
    void theFormatIsKnownByItsBytesNotItsName(@TempDir Path dir) throws IOException {
        Path misnamed = dir.resolve("song.wav");
        Files.write(misnamed, resource("click-at-1s-lame-cbr.mp3"));
        assertThat(AudioFiles.decode(misnamed).format()).isEqualTo("MP3");
    }
}
