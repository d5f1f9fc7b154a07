package org.toetempo.audio;

import org.toetempo.files.AtomicFiles;
import org.toetempo.routine.Routine;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.Session;
import org.toetempo.timing.VirtualClock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A routine written to a sound file exactly as the player plays it (the same {@link Session}, {@link Renderer} and
 * frame mapping, through {@link OfflineRender}), faster than real time. The PCM streams window by window into the
 * WAV or MP3 writer, so memory stays flat however long the routine is. The file appears whole or not at all: it is
 * written beside the target under a hidden name and moved into place at the end; a cancel or a failure removes it.
 *
 * @param routine the routine
 * @param options tempo, stage and song timing, as the player would use them
 * @param mix     what is heard and how loud
 * @param music   the song mixed in where the session follows one, or {@code null}
 * @param seconds  how much to write, or {@code null} for the whole routine and {@link #TAIL_SECONDS} after its end
 * @param language the spoken cues' language ({@code null}: the voice's default), as the player is set to speak
 */
public record AudioExport(Routine routine, PlayOptions options, MixOptions mix, Music music, Double seconds,
                          String language) {

    /** In the voice's default language, as the app's player speaks. */
    public AudioExport(Routine routine, PlayOptions options, MixOptions mix, Music music, Double seconds) {
        this(routine, options, mix, music, seconds, null);
    }

    /** Silence written after the routine's end, so the last sounds ring out. */
    public static final double TAIL_SECONDS = 2;


    /** The file formats written. */
    public enum Format {
        WAV, MP3;

        /** The format a file name asks for ({@code .mp3}: MP3, anything else: WAV). */
        public static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp3") ? MP3 : WAV;
        }
    }

    /** Told after each window: frames written of the total. */
    @FunctionalInterface
    public interface Progress {
        void written(long frames, long total);
    }

    /** The number of frames this export writes. */
    public long totalFrames() {
        if (seconds != null) {
            return Pcm.framesIn(seconds);
        }
        return Pcm.frameOf(new Session(routine, options, new VirtualClock()).schedule().totalNanos())
                + Pcm.framesIn(TAIL_SECONDS);
    }

    /**
     * Writes the file.
     *
     * @param listener  told of every beat and cue with its frame (e.g. for {@code render --cues}), or {@code null}
     * @param cancelled asked between windows; when it says yes, nothing is left behind and
     *                  {@link CancellationException} is thrown
     * @return the frames written
     */
    public long write(Path target, Format format, Renderer.Listener listener, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        VirtualClock clock = new VirtualClock();
        Session session = new Session(routine, options, clock);
        session.play();
        long total = seconds != null ? Pcm.framesIn(seconds)
                : Pcm.frameOf(session.schedule().totalNanos()) + Pcm.framesIn(TAIL_SECONDS);
        Renderer renderer = new Renderer(SoundKit.standard(),
                language == null ? VoiceBank.builtIn() : VoiceBank.builtIn(language), mix);
        renderer.music(music);
        if (listener != null) {
            renderer.listener(listener);
        }
        Path directory = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(target.toString());
        }
        long[] written = new long[1];
        OfflineRender render = new OfflineRender(renderer, EventSource.of(session), clock);
        // A second's windows per progress report: the UI needs no more, and the check for cancel is as often.
        long step = Pcm.SAMPLE_RATE;
        AtomicFiles.write(target, temporary -> {
            if (format == Format.MP3) {
                try (Mp3Writer mp3 = new Mp3Writer(temporary)) {
                    written[0] = renderInSteps(render, total, step, mp3::write, progress, cancelled);
                }
            } else {
                try (WavWriter wav = new WavWriter(temporary)) {
                    written[0] = renderInSteps(render, total, step, wav::write, progress, cancelled);
                }
            }
        });
        return written[0];
    }

    private interface BlockWriter {
        void write(byte[] pcm, int frames) throws IOException;
    }

    private static long renderInSteps(OfflineRender render, long total, long step, BlockWriter out, Progress progress,
                                      BooleanSupplier cancelled) throws IOException {
        long[] written = {0};
        while (render.position() < total) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            render.renderUntil(Math.min(total, render.position() + step), (pcm, n, first) -> {
                out.write(pcm, n);
                written[0] += n;
            });
            progress.written(written[0], total);
        }
        return written[0];
    }
}
