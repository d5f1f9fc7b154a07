package org.toetempo.song.decode;

import org.jflac.FLACDecoder;
import org.jflac.PCMProcessor;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * FLAC through jFLAC (pure Java): the decoder hands over little-endian interleaved PCM at the file's own bit depth
 * (8-bit unsigned, 16 or 24-bit signed), turned here into the mono mix and the stereo copy.
 */
final class FlacDecoding {

    private FlacDecoding() {
    }

    static StreamedAudio stream(ByteBuffer bytes, PcmOut out) throws SongFormatException {
        StreamInfo[] stream = new StreamInfo[1];
        ByteBufferInput input = new ByteBufferInput(bytes);
        FLACDecoder decoder = new FLACDecoder(input);
        decoder.addPCMProcessor(new PCMProcessor() {
            @Override
            public void processStreamInfo(StreamInfo info) {
                stream[0] = info;
                out.begin(info.getSampleRate(), info.getChannels());
            }

            @Override
            public void processPCM(ByteData pcm) {
                StreamInfo info = stream[0];
                int channels = info.getChannels();
                int width = (info.getBitsPerSample() + 7) / 8;
                byte[] d = pcm.getData();
                int frame = channels * width;
                for (int at = 0; at + frame <= pcm.getLen(); at += frame) {
                    float left = sample(d, at, width);
                    float right = channels > 1 ? sample(d, at + width, width) : left;
                    out.add(left, right);
                }
                out.progress(input.fraction());
            }
        });
        try {
            decoder.decode();
        } catch (PcmOut.Stop e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (out.frames() == 0) {
                throw new SongFormatException("damaged FLAC file (" + e.getMessage() + ")");
            }
            // A damaged end: what was decoded before it plays.
        }
        if (stream[0] == null || out.frames() == 0) {
            throw new SongFormatException("a FLAC file with no audio");
        }
        out.flush();
        return new StreamedAudio("FLAC", stream[0].getSampleRate(), stream[0].getChannels(), 0, out.frames());
    }

    private static float sample(byte[] d, int at, int width) {
        return switch (width) {
            case 1 -> ((d[at] & 0xff) - 128) / 128f;
            case 2 -> (short) ((d[at] & 0xff) | (d[at + 1] << 8)) / 32768f;
            default -> ((d[at] & 0xff) | ((d[at + 1] & 0xff) << 8) | (d[at + 2] << 16)) / 8388608f;
        };
    }
}
