package org.toetempo.song.decode;

import org.jcodec.codecs.aac.AACDecoder;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.logging.LogLevel;
import org.jcodec.common.logging.Logger;
import org.jcodec.common.model.AudioBuffer;
import org.jcodec.common.model.Packet;
import org.jcodec.containers.mp4.boxes.Edit;
import org.jcodec.containers.mp4.demuxer.AbstractMP4DemuxerTrack;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * AAC in an MP4 container (.m4a, .mp4, .aac from iTunes) through jcodec's demuxer and its JAAD-based AAC decoder.
 * The encoder's priming samples are cut as the track's edit list says (1024 for ffmpeg, 2112 for Apple's encoder).
 */
final class M4aDecoding {

    /**
     * One M4A decoded at a time: jcodec's AAC path (JAAD) was not written for concurrent use, and M4A songs are
     * rare enough that this costs nothing.
     */
    private static final Object LOCK = new Object();

    static {
        // jcodec logs through its own logger, to standard output by default: keep that out of ours.
        Logger.setLevel(LogLevel.ERROR);
        Logger.addSink(message -> {
        });
    }

    private M4aDecoding() {
    }

    static DecodedAudio decode(byte[] bytes, boolean keepStereo) throws SongFormatException {
        synchronized (LOCK) {
            return decodeLocked(bytes, keepStereo);
        }
    }

    private static DecodedAudio decodeLocked(byte[] bytes, boolean keepStereo) throws SongFormatException {
        try {
            MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(
                    ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(bytes)));
            AbstractMP4DemuxerTrack track = null;
            for (AbstractMP4DemuxerTrack t : demuxer.getTracks()) {
                if (t.getBox().isAudio()) {
                    track = t;
                    break;
                }
            }
            if (track == null) {
                throw new SongFormatException("unsupported: no audio track in this M4A file");
            }
            String fourcc = track.getFourcc();
            if (!"mp4a".equals(fourcc)) {
                throw new SongFormatException("unsupported: M4A with " + fourcc + " audio (tap the tempo instead)");
            }
            ByteBuffer config = track.getMeta().getCodecPrivate();
            if (config == null) {
                throw new SongFormatException("unsupported: M4A without a decoder configuration (tap the tempo instead)");
            }
            AACDecoder decoder = new AACDecoder(config.duplicate());
            float[] mono = new float[1 << 16];
            short[] stereo = keepStereo ? new short[2 << 16] : null;
            int n = 0;
            int rate = 0;
            int channels = 0;
            Packet packet;
            int packets = 0;
            int failed = 0;
            int lastFrames = 1024;
            while ((packet = track.nextFrame()) != null) {
                packets++;
                AudioBuffer buffer;
                try {
                    buffer = decoder.decodeFrame(packet.getData(), null);
                } catch (Exception | LinkageError e) {
                    // A frame the decoder cannot read (JAAD fails on a few rare ones): silence in its place, as
                    // players do, unless too many fail.
                    failed++;
                    if (failed > 8 && failed > packets / 10) {
                        throw new SongFormatException("unsupported: M4A that the decoder cannot read (tap the tempo instead)", e);
                    }
                    if (n + lastFrames > mono.length) {
                        mono = Arrays.copyOf(mono, Math.max(mono.length * 2, n + lastFrames));
                    }
                    Arrays.fill(mono, n, n + lastFrames, 0f);
                    if (stereo != null) {
                        stereo = Pcm16.ensure(stereo, 2 * (n + lastFrames));
                        Arrays.fill(stereo, 2 * n, 2 * (n + lastFrames), (short) 0);
                    }
                    n += lastFrames;
                    continue;
                }
                ByteBuffer data = buffer.getData().order(ByteOrder.LITTLE_ENDIAN);
                channels = buffer.getFormat().getChannels();
                rate = buffer.getFormat().getSampleRate();
                int frames = data.remaining() / 2 / channels;
                if (n + frames > mono.length) {
                    mono = Arrays.copyOf(mono, Math.max(mono.length * 2, n + frames));
                }
                if (stereo != null) {
                    stereo = Pcm16.ensure(stereo, 2 * (n + frames));
                }
                float scale = 1f / (32768f * channels);
                for (int i = 0; i < frames; i++) {
                    int sum = 0;
                    for (int c = 0; c < channels; c++) {
                        short v = data.getShort();
                        sum += v;
                        if (stereo != null && c < 2) {
                            stereo[2 * (n + i) + c] = v;
                        }
                    }
                    mono[n + i] = sum * scale;
                    if (stereo != null && channels == 1) {
                        stereo[2 * (n + i) + 1] = stereo[2 * (n + i)];
                    }
                }
                n += frames;
                lastFrames = frames;
            }
            if (n == 0 || rate == 0) {
                throw new SongFormatException("unsupported: no AAC audio could be decoded (tap the tempo instead)");
            }
            int trim = 0;
            int end = n;
            List<Edit> edits = track.getEdits();
            if (edits != null && !edits.isEmpty()) {
                Edit edit = edits.get(0);
                if (edit.getMediaTime() > 0) {
                    trim = (int) Math.min(n, edit.getMediaTime() * rate / track.getTimescale());
                }
                long movieScale = demuxer.getMovie().getTimescale();
                if (edit.getDuration() > 0 && movieScale > 0) {
                    end = (int) Math.min(n, trim + edit.getDuration() * rate / movieScale);
                }
            }
            return new DecodedAudio(Arrays.copyOfRange(mono, trim, end), rate, channels, "M4A", trim,
                    stereo == null ? null : Arrays.copyOfRange(stereo, 2 * trim, 2 * end));
        } catch (SongFormatException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new SongFormatException("unsupported: M4A that the decoder cannot read (tap the tempo instead)", e);
        }
    }
}
