package org.toetempo.song.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * MPEG-1/2/2.5 Layer III through jcodec's decoder, with this class finding the frames (past ID3v2 tags, junk and
 * trailing ID3v1/APE tags) and reading the Xing/Info frame and its LAME tag, as gapless players do: the info frame
 * is not audio; the encoder delay it records plus the decoder's own delay of 529 samples are cut from the start,
 * and the padding (less those 529 samples) from the end. Without a LAME tag nothing is cut, as ffmpeg does.
 */
final class Mp3Decoding {

    /** The delay of the MP3 synthesis filterbank: a decoder's output lags the encoder's input by 528 + 1 samples. */
    static final int DECODER_DELAY = 529;

    private static final int[] BITRATE_V1 = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
    private static final int[] BITRATE_V2 = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0};
    private static final int[][] RATES = {{11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}};

    private Mp3Decoding() {
    }

    /** A frame header's fields; {@code length} 0 when the four bytes are no Layer III header. */
    record Header(int version, int rate, int channels, int length, int samples, boolean crc, int layer) {

        static Header at(ByteBuffer b, int p) {
            if (p + 4 > b.limit() || (b.get(p) & 0xff) != 0xff || (b.get(p + 1) & 0xe0) != 0xe0) {
                return null;
            }
            int version = (b.get(p + 1) >> 3) & 3;
            int layer = (b.get(p + 1) >> 1) & 3;
            int bitrateIndex = (b.get(p + 2) >> 4) & 15;
            int rateIndex = (b.get(p + 2) >> 2) & 3;
            if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
                return null;
            }
            int rate = RATES[version][rateIndex];
            boolean v1 = version == 3;
            int padding = (b.get(p + 2) >> 1) & 1;
            int channels = ((b.get(p + 3) >> 6) & 3) == 3 ? 1 : 2;
            int bitrate = (v1 ? BITRATE_V1 : BITRATE_V2)[bitrateIndex] * 1000;
            int length = layer == 1 ? (v1 ? 144 : 72) * bitrate / rate + padding : 0;
            return new Header(version, rate, channels, length, v1 ? 1152 : 576, (b.get(p + 1) & 1) == 0, 4 - layer);
        }

        boolean sameStream(Header other) {
            return other != null && other.version == version && other.rate == rate && other.layer == layer;
        }

        int sideInfo() {
            return version == 3 ? (channels == 1 ? 17 : 32) : (channels == 1 ? 9 : 17);
        }
    }

    /** Decodes a whole MP3 into memory (tests and short sounds). */
    static DecodedAudio decode(byte[] b, boolean keepStereo) throws SongFormatException {
        return decode(b, 1, 400, keepStereo);
    }

    /**
     * Decodes in up to {@code maxChunks} chunks, one after the other, of at least {@code minFrames} frames each (the tests use
     * small chunks to check that chunked and sequential decoding agree sample for sample).
     */
    static DecodedAudio decode(byte[] b, int maxChunks, int minFrames) throws SongFormatException {
        return decode(b, maxChunks, minFrames, false);
    }

    static DecodedAudio decode(byte[] b, int maxChunks, int minFrames, boolean keepStereo) throws SongFormatException {
        PcmCollector collector = new PcmCollector(keepStereo);
        StreamedAudio streamed;
        try {
            streamed = stream(ByteBuffer.wrap(b), new PcmOut(collector, fraction -> { }), maxChunks, minFrames);
        } catch (PcmOut.Stop e) {
            throw e.reason() instanceof SongFormatException f ? f : new SongFormatException(e.reason().getMessage());
        }
        return collector.finish("MP3", streamed.trimmedStart());
    }

    /** Decodes the whole file into {@code out}, a frame at a time. */
    static StreamedAudio stream(ByteBuffer b, PcmOut out) throws SongFormatException {
        return stream(b, out, 1, 400);
    }

    private static StreamedAudio stream(ByteBuffer b, PcmOut out, int maxChunks, int minFrames) throws SongFormatException {
        int start = skipId3v2(b);
        int end = audioEnd(b);
        int p = findFirstFrame(b, start, end);
        if (p < 0 && start > 0) {
            // An ID3 tag whose size is damaged (it can claim more bytes than the file has): look past its header.
            p = findFirstFrame(b, Math.min(10, b.limit()), end);
        }
        if (p < 0) {
            throw new SongFormatException("unsupported: no MP3 (MPEG layer III) audio found in this file");
        }
        Header first = Header.at(b, p);
        int encoderDelay = -1;
        int padding = 0;
        int xing = p + 4 + (first.crc ? 2 : 0) + first.sideInfo();
        if (matches(b, xing, "Xing") || matches(b, xing, "Info")) {
            int flags = b.getInt(xing + 4);
            int lame = xing + 8 + ((flags & 1) != 0 ? 4 : 0) + ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0)
                    + ((flags & 8) != 0 ? 4 : 0);
            if (lame + 24 <= p + first.length && (matches(b, lame, "LAME") || matches(b, lame, "Lavf") || matches(b, lame, "Lavc"))) {
                int d = lame + 21;
                encoderDelay = (u8(b, d) << 4) | (u8(b, d + 1) >> 4);
                padding = ((u8(b, d + 1) & 0x0f) << 8) | u8(b, d + 2);
            }
            p += first.length;
        } else if (matches(b, p + 4 + 32, "VBRI")) {
            p += first.length;
        }

        // Pass 1: where every frame is (resynchronising past junk); 4 bytes a frame, 0.5 MB for an hour.
        int[] offsets = new int[Math.max(16, (end - p) / Math.max(24, first.length) + 16)];
        int count = 0;
        while (p + 4 <= end) {
            Header h = Header.at(b, p);
            if (h == null || !h.sameStream(first) || p + h.length > end) {
                int next = findFirstFrame(b, p + 1, end);
                if (next < 0) {
                    break;
                }
                p = next;
                continue;
            }
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = p;
            p += h.length;
        }
        if (count == 0) {
            throw new SongFormatException("unsupported: no MP3 (MPEG layer III) audio found in this file");
        }
        int perFrame = first.samples;
        long n = (long) count * perFrame;
        int trimStart = 0;
        long length = n;
        if (encoderDelay >= 0) {
            trimStart = (int) Math.min(n, encoderDelay + DECODER_DELAY);
            length = Math.max(0, n - trimStart - Math.max(0, padding - DECODER_DELAY));
        }
        out.begin(first.rate, first.channels);
        out.skip(trimStart);
        out.limit(length);
        out.expect(length);
        // Pass 2: decode, chunk by chunk (each chunk's decoder is primed so that its output is the same, sample for
        // sample, as one decoder's from the start).
        int chunks = Math.max(1, Math.min(maxChunks, count / Math.max(1, minFrames)));
        List<Mp3Lanes.Lane> lanes = chunks == 1 ? List.of(Mp3Lanes.first()) : Mp3Lanes.lanes();
        int bad = 0;
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) count * c / chunks);
            int to = (int) ((long) count * (c + 1) / chunks);
            Mp3Lanes.Lane lane = lanes.get(c % lanes.size());
            synchronized (lane.lock) {
                bad += decodeRange(lane, b, offsets, from, to, count, first, out);
            }
        }
        out.flush();
        if (bad > 8 && bad > count / 10) {
            throw new SongFormatException("unsupported: this MP3 cannot be decoded (damaged, or intensity stereo)");
        }
        return new StreamedAudio("MP3", first.rate, first.channels, trimStart, out.frames());
    }

    /** Frames decoded before a chunk's first frame, their output dropped: the filterbanks' memory fills up. */
    private static final int WARM_UP = 2;

    /** Decodes frames {@code [from, to)} into {@code out}; returns how many frames failed (silent in their place). */
    private static int decodeRange(Mp3Lanes.Lane lane, ByteBuffer b, int[] offsets, int from, int to, int count,
                                   Header first, PcmOut out) {
        ByteBuffer pcm = ByteBuffer.allocate(1152 * 2 * 2).order(ByteOrder.LITTLE_ENDIAN);
        int perFrame = first.samples;
        int failed = 0;
        Object decoder = null;
        for (int i = Math.max(0, from - WARM_UP); i < to; i++) {
            int p = offsets[i];
            Header h = Header.at(b, p);
            boolean keep = i >= from;
            if (decoder == null) {
                decoder = lane.newDecoder();
                if (i > 0) {
                    prime(lane, decoder, b, offsets, i, first);
                }
            }
            pcm.clear();
            boolean ok;
            try {
                lane.decode(decoder, b.slice(p, h.length), pcm);
                ok = pcm.remaining() == perFrame * 2 * h.channels;
            } catch (Exception | StackOverflowError e) {
                ok = false;
            }
            if (!ok) {
                // A damaged frame: silence, and a fresh decoder (its state may be broken) for the next one.
                decoder = null;
                if (keep) {
                    failed++;
                    for (int k = 0; k < perFrame; k++) {
                        out.add(0f, (short) 0, (short) 0);
                    }
                }
                continue;
            }
            if (!keep) {
                continue;
            }
            if (h.channels == 2) {
                for (int k = 0; k < perFrame; k++) {
                    short left = pcm.getShort();
                    short right = pcm.getShort();
                    out.add((left + right) * (0.5f / 32768f), left, right);
                }
            } else {
                for (int k = 0; k < perFrame; k++) {
                    short v = pcm.getShort();
                    out.add(v * (1f / 32768f), v, v);
                }
            }
            if ((i & 63) == 0) {
                out.progress(i / (double) count);
            }
        }
        return failed;
    }

    /**
     * Gives a new decoder the bit reservoir that frame {@code i} may reach back into (up to 511 bytes of the main
     * data of the frames before it), by decoding a silent frame made for the purpose: the same header at the
     * highest bitrate, side information all zero (no bits used, main data beginning here), and as main data the
     * last bytes of the main data before frame {@code i}. Nothing of that frame is read, so all of it stays in the
     * reservoir, where frame {@code i}'s "main data begins N bytes back" finds what it would have found.
     */
    private static void prime(Mp3Lanes.Lane lane, Object decoder, ByteBuffer b, int[] offsets, int i, Header first) {
        int p = offsets[i];
        Header h0 = Header.at(b, p);
        int side = h0.sideInfo();
        int length = first.version == 3 ? 144 * 320_000 / first.rate : 72 * 160_000 / first.rate;
        byte[] frame = new byte[length];
        frame[0] = (byte) 0xff;
        frame[1] = (byte) (b.get(p + 1) | 1);                     // no CRC
        frame[2] = (byte) ((14 << 4) | (b.get(p + 2) & 0x0c));     // bitrate index 14, same rate, no padding
        frame[3] = b.get(p + 3);
        int room = length - 4 - side;
        // Gather the main data before frame i, newest last.
        int filled = 0;
        for (int j = i - 1; j >= 0 && filled < room; j--) {
            int q = offsets[j];
            Header h = Header.at(b, q);
            int mainStart = q + 4 + (h.crc ? 2 : 0) + h.sideInfo();
            int mainLength = q + h.length - mainStart;
            int take = Math.min(mainLength, room - filled);
            b.get(mainStart + mainLength - take, frame, length - filled - take, take);
            filled += take;
        }
        try {
            lane.decode(decoder, ByteBuffer.wrap(frame), ByteBuffer.allocate(1152 * 2 * 2));
        } catch (Exception e) {
            // Then the first frame or two fail and come out silent; they are warm-up frames anyway.
        }
    }

    /** Where the audio starts: after an ID3v2 tag (and its footer), if any. */
    static int skipId3v2(ByteBuffer b) {
        int p = 0;
        while (p + 10 <= b.limit() && b.get(p) == 'I' && b.get(p + 1) == 'D' && b.get(p + 2) == '3') {
            int size = ((b.get(p + 6) & 0x7f) << 21) | ((b.get(p + 7) & 0x7f) << 14) | ((b.get(p + 8) & 0x7f) << 7) | (b.get(p + 9) & 0x7f);
            boolean footer = (b.get(p + 5) & 0x10) != 0;
            p += 10 + size + (footer ? 10 : 0);
        }
        return Math.min(p, b.limit());
    }

    /** Where the audio ends: before an ID3v1 tag and an APEv2 tag at the end of the file. */
    private static int audioEnd(ByteBuffer b) {
        int end = b.limit();
        if (end >= 128 && matches(b, end - 128, "TAG")) {
            end -= 128;
        }
        if (end >= 32 && matches(b, end - 32, "APETAGEX")) {
            int size = (b.get(end - 32 + 12) & 0xff) | ((b.get(end - 32 + 13) & 0xff) << 8) | ((b.get(end - 32 + 14) & 0xff) << 16)
                    | ((b.get(end - 32 + 15) & 0xff) << 24);
            boolean header = (b.get(end - 32 + 23) & 0x80) != 0;
            end = Math.max(0, end - size - (header ? 32 : 0));
        }
        return end;
    }

    /** The first position at or after {@code from} where a frame header is followed by another of the same stream. */
    static int findFirstFrame(ByteBuffer b, int from, int end) {
        for (int p = from; p + 4 <= end; p++) {
            if ((b.get(p) & 0xff) != 0xff) {
                continue;
            }
            Header h = Header.at(b, p);
            if (h == null || h.layer != 3 || h.length < 24) {
                continue;
            }
            int q = p + h.length;
            if (q + 4 > end) {
                return q == end || p == from ? p : -1;
            }
            if (h.sameStream(Header.at(b, q))) {
                return p;
            }
        }
        return -1;
    }

    private static int u8(ByteBuffer b, int p) {
        return b.get(p) & 0xff;
    }

    private static boolean matches(ByteBuffer b, int p, String s) {
        if (p < 0 || p + s.length() > b.limit()) {
            return false;
        }
        byte[] want = s.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < want.length; i++) {
            if (b.get(p + i) != want[i]) {
                return false;
            }
        }
        return true;
    }
}
