package org.toetempo.media;

import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.containers.mp4.MP4Util;
import org.jcodec.containers.mp4.boxes.MovieBox;
import org.jcodec.containers.mp4.boxes.SampleEntry;
import org.jcodec.containers.mp4.boxes.TrakBox;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks that a file is a video JavaFX Media plays (MP4 or M4V holding H.264) by reading its container, and says
 * plainly what it is when it is not. Pure Java (jcodec), so the check runs anywhere, with no media codecs installed.
 */
public final class VideoProbe {

    private VideoProbe() {
    }

    public static VideoInfo probe(Path file) throws ClipException {
        String kind = sniff(file);
        if (!kind.equals("MP4")) {
            throw new ClipException(kind + ": clips must be MP4 or M4V videos with H.264 (the format phones and"
                    + " most cameras record; convert others, e.g. in HandBrake, to 'H.264 MP4')");
        }
        try (SeekableByteChannel channel = NIOUtils.readableChannel(file.toFile())) {
            long size = channel.size();
            for (MP4Util.Atom atom : MP4Util.getRootAtoms(channel)) {
                if (atom.getOffset() + atom.getHeader().getSize() > size) {
                    throw new ClipException("this MP4 is cut short (its '" + atom.getHeader().getFourcc()
                            + "' part runs past the end of the file): copy it again");
                }
            }
            channel.setPosition(0);
            MovieBox movie = MP4Util.parseMovieChannel(channel);
            TrakBox video = movie == null ? null : movie.getVideoTrack();
            if (video == null) {
                throw new ClipException("this MP4 holds no video track");
            }
            SampleEntry[] entries = video.getSampleEntries();
            String codec = entries == null || entries.length == 0 ? "?" : entries[0].getFourcc();
            if (!codec.equals("avc1") && !codec.equals("avc3")) {
                throw new ClipException("this video is " + codecName(codec) + "; clips must be H.264 (avc1), which"
                        + " JavaFX plays everywhere: export or convert it as 'H.264 MP4'");
            }
            channel.setPosition(0);
            DemuxerTrackMeta meta = MP4Demuxer.createMP4Demuxer(channel).getVideoTracks().get(0).getMeta();
            double duration = meta.getTotalDuration();
            int frames = meta.getTotalFrames();
            if (!(duration > 0) || frames <= 0) {
                throw new ClipException("this video has no frames");
            }
            int width = meta.getVideoCodecMeta() == null ? 0 : meta.getVideoCodecMeta().getSize().getWidth();
            int height = meta.getVideoCodecMeta() == null ? 0 : meta.getVideoCodecMeta().getSize().getHeight();
            return new VideoInfo(duration, frames, width, height);
        } catch (ClipException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ClipException("this MP4 cannot be read (damaged or cut short)");
        }
    }

    private static String codecName(String fourcc) {
        return switch (fourcc) {
            case "hvc1", "hev1" -> "HEVC (H.265)";
            case "mp4v" -> "MPEG-4 Part 2";
            case "av01" -> "AV1";
            case "vp09" -> "VP9";
            default -> "'" + fourcc + "'";
        };
    }

    /** What the first bytes say the file is: {@code MP4}, or a name for the user. */
    static String sniff(Path file) throws ClipException {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ClipException("cannot be read");
        }
        String ascii = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (n >= 12 && ascii.startsWith("ftyp", 4)) {
            String brand = ascii.substring(8, 12);
            return brand.equals("qt  ") ? "a QuickTime movie (.mov)" : "MP4";
        }
        if (n >= 4 && (head[0] & 0xff) == 0x1a && (head[1] & 0xff) == 0x45 && (head[2] & 0xff) == 0xdf && (head[3] & 0xff) == 0xa3) {
            return "a WebM or MKV video";
        }
        if (ascii.startsWith("RIFF") && n >= 12 && ascii.startsWith("AVI ", 8)) {
            return "an AVI video";
        }
        if (n == 0) {
            return "an empty file";
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot >= 0 ? "a ." + lower.substring(dot + 1) + " file, not a video this app plays" : "not a video";
    }
}
