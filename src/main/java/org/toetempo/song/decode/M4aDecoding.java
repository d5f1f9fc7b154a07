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

    static StreamedAudio stream(ByteBuffer bytes, PcmOut out) throws SongFormatException {
        synchronized (LOCK) {
            return streamLocked(bytes, out);
        }
    }

    private static StreamedAudio streamLocked(ByteBuffer bytes, PcmOut out) throws SongFormatException {
        Mp4Boxes.check(bytes);
        try {
            MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(ByteBufferSeekableByteChannel.readFromByteBuffer(bytes.duplicate()));
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
            List<Edit> edits = track.getEdits();
            Edit edit = edits != null && !edits.isEmpty() ? edits.get(0) : null;
            long movieScale = demuxer.getMovie().getTimescale();
            long totalFrames = Math.max(1, track.getFrameCount());
            int rate = 0;
            int channels = 0;
            long pendingSilence = 0;
            Packet packet;
            int packets = 0;
            int failed = 0;
            int trim = 0;
            int lastFrames = 1024;
            while ((packet = track.nextFrame()) != null) {
                packets++;
                AudioBuffer buffer;
                try {
                    buffer = decoder.decodeFrame(packet.getData(), null);
                    int frameChannels = buffer.getFormat().getChannels();
                    if (frameChannels <= 0 || frameChannels > 8 || buffer.getFormat().getSampleRate() <= 0
                            || rate > 0 && buffer.getFormat().getSampleRate() != rate) {
                        // A damaged frame can decode to nonsense (0 channels divided by zero): skipped like any.
                        throw new IllegalStateException("a damaged frame");
                    }
                } catch (Exception | LinkageError e) {
                    // A frame the decoder cannot read (JAAD fails on a few rare ones): silence in its place, as
                    // players do, unless too many fail.
                    failed++;
                    if (failed > 8 && failed > packets / 10) {
                        throw new SongFormatException("unsupported: M4A that the decoder cannot read (tap the tempo instead)", e);
                    }
                    if (rate == 0) {
                        pendingSilence += lastFrames;
                    } else {
                        for (int i = 0; i < lastFrames; i++) {
                            out.add(0f, (short) 0, (short) 0);
                        }
                    }
                    continue;
                }
                ByteBuffer data = buffer.getData().order(ByteOrder.LITTLE_ENDIAN);
                channels = buffer.getFormat().getChannels();
                if (rate == 0) {
                    rate = buffer.getFormat().getSampleRate();
                    // The edit list cuts the encoder's priming from the start and the padding from the end.
                    if (edit != null && edit.getMediaTime() > 0) {
                        trim = (int) Math.min(Integer.MAX_VALUE, edit.getMediaTime() * rate / track.getTimescale());
                    }
                    out.begin(rate, channels);
                    out.skip(trim);
                    if (edit != null && edit.getDuration() > 0 && movieScale > 0) {
                        out.limit(edit.getDuration() * rate / movieScale);
                    }
                    for (long i = 0; i < pendingSilence; i++) {
                        out.add(0f, (short) 0, (short) 0);
                    }
                }
                int frames = data.remaining() / 2 / channels;
                float scale = 1f / (32768f * channels);
                for (int i = 0; i < frames; i++) {
                    int sum = 0;
                    short left = 0;
                    short right = 0;
                    for (int c = 0; c < channels; c++) {
                        short v = data.getShort();
                        sum += v;
                        if (c == 0) {
                            left = v;
                            right = v;
                        } else if (c == 1) {
                            right = v;
                        }
                    }
                    out.add(sum * scale, left, right);
                }
                lastFrames = frames;
                if ((packets & 63) == 0) {
                    out.progress(packets / (double) totalFrames);
                }
            }
            if (out.decoded() == 0 || rate == 0) {
                throw new SongFormatException("unsupported: no AAC audio could be decoded (tap the tempo instead)");
            }
            out.flush();
            return new StreamedAudio("M4A", rate, channels, (int) Math.min(trim, out.decoded()), out.frames());
        } catch (SongFormatException | PcmOut.Stop e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new SongFormatException("unsupported: M4A that the decoder cannot read (tap the tempo instead)", e);
        }
    }
}
