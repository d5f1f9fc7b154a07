package org.toetempo.song.decode;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;

import java.nio.ByteBuffer;

/**
 * OGG Vorbis through JOrbis (pure Java): the Ogg pages are fed in from the file's bytes, the three Vorbis headers
 * read, then every audio packet synthesised to PCM. An Ogg file that is not Vorbis (Opus, FLAC in Ogg) or whose
 * headers are damaged is a {@link SongFormatException} with a message for the user.
 */
final class OggDecoding {

    private static final int CHUNK = 1 << 14;

    private OggDecoding() {
    }

    static StreamedAudio stream(ByteBuffer bytes, PcmOut out) throws SongFormatException {
        SyncState sync = new SyncState();
        StreamState stream = new StreamState();
        Page page = new Page();
        Packet packet = new Packet();
        Info info = new Info();
        Comment comment = new Comment();
        sync.init();
        info.init();
        comment.init();
        int[] fed = {0};
        // The headers: the first page holds the identification header, the next packets the comment and setup.
        if (!nextPage(sync, page, bytes, fed)) {
            throw new SongFormatException("not a readable Ogg file");
        }
        stream.init(page.serialno());
        if (stream.pagein(page) < 0 || stream.packetout(packet) != 1 || info.synthesis_headerin(comment, packet) < 0) {
            throw new SongFormatException("unsupported: an Ogg file that is not Vorbis (Opus, say)"
                    + " (songs can be MP3, WAV, AIFF, M4A, OGG Vorbis or FLAC)");
        }
        int headers = 1;
        while (headers < 3) {
            int got = stream.packetout(packet);
            if (got == 1) {
                if (info.synthesis_headerin(comment, packet) < 0) {
                    throw new SongFormatException("damaged Ogg Vorbis headers");
                }
                headers++;
            } else if (got < 0) {
                throw new SongFormatException("damaged Ogg Vorbis headers");
            } else if (!nextPage(sync, page, bytes, fed) || stream.pagein(page) < 0) {
                throw new SongFormatException("damaged Ogg Vorbis headers");
            }
        }
        int channels = info.channels;
        if (channels < 1 || info.rate <= 0) {
            throw new SongFormatException("an Ogg Vorbis file with no audio");
        }
        DspState dsp = new DspState();
        Block block = new Block(dsp);
        dsp.synthesis_init(info);
        block.init(dsp);
        out.begin(info.rate, channels);
        float[][][] pcm = new float[1][][];
        int[] index = new int[channels];
        boolean end = false;
        while (!end) {
            int got = stream.packetout(packet);
            if (got == 1) {
                if (block.synthesis(packet) == 0) {
                    dsp.synthesis_blockin(block);
                }
                int samples;
                while ((samples = dsp.synthesis_pcmout(pcm, index)) > 0) {
                    float[][] p = pcm[0];
                    for (int i = 0; i < samples; i++) {
                        float left = p[0][index[0] + i];
                        float right = channels > 1 ? p[1][index[1] + i] : left;
                        out.add(clip(left), clip(right));
                    }
                    dsp.synthesis_read(samples);
                }
            } else if (got == 0) {
                // A hole in the data (-1) is skipped, as players do; no more pages is the end.
                if (page.eos() != 0 || !nextPage(sync, page, bytes, fed)) {
                    end = true;
                } else {
                    stream.pagein(page);
                    out.progress(fed[0] / (double) bytes.limit());
                }
            }
        }
        if (out.frames() == 0) {
            throw new SongFormatException("an Ogg Vorbis file with no audio");
        }
        out.flush();
        return new StreamedAudio("OGG", info.rate, channels, 0, out.frames());
    }

    /** The next whole page, feeding the sync layer more of the file as it needs it; false at the end of the file. */
    private static boolean nextPage(SyncState sync, Page page, ByteBuffer bytes, int[] fed) {
        while (true) {
            int result = sync.pageout(page);
            if (result == 1) {
                return true;
            }
            if (fed[0] >= bytes.limit()) {
                return false;
            }
            int n = Math.min(CHUNK, bytes.limit() - fed[0]);
            int at = sync.buffer(n);
            bytes.get(fed[0], sync.data, at, n);
            sync.wrote(n);
            fed[0] += n;
        }
    }

    private static float clip(float v) {
        return Math.max(-1f, Math.min(1f, v));
    }
}
