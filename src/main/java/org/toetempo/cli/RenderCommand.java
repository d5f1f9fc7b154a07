package org.toetempo.cli;

import org.toetempo.audio.AudioExport;
import org.toetempo.audio.MixOptions;
import org.toetempo.audio.Mp3Writer;
import org.toetempo.audio.Music;
import org.toetempo.audio.Pcm;
import org.toetempo.audio.Renderer;
import org.toetempo.audio.SoundMode;
import org.toetempo.files.AppPaths;
import org.toetempo.routine.Routine;
import org.toetempo.routine.RoutineLibrary;
import org.toetempo.routine.RoutineReader;
import org.toetempo.routine.Wording;
import org.toetempo.song.LoadedSong;
import org.toetempo.song.SongCache;
import org.toetempo.song.SongLoading;
import org.toetempo.timing.Cue;
import org.toetempo.timing.PlayOptions;
import org.toetempo.timing.SongTiming;
import org.toetempo.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Write the sound of a routine to a WAV or MP3 file, faster than real time.",
                "",
                "The PCM is exactly what the player plays (48 kHz, 16-bit, stereo): every click and spoken",
                "cue at the frame of its beat, frame = round(time_s * 48000), time 0 being frame 0.",
                "An MP3 (--format mp3) holds the same sound; a gapless decoder (LAME header) puts every cue",
                "at the same frame, one that ignores the header about 1105 frames later.",
                "--cues also writes every cue with its frame as CSV:",
                "  frame,time_s,beat,type,exercise,side,set,rep,reps,phase,text",
                "ROUTINE is a routine id (see 'list') or a routine file. Exit code 2 for bad input."})
final class RenderCommand implements Callable<Integer> {

    /** Longest render: a 16-bit stereo WAV at 48 kHz holds about 6 hours; keep well under. */
    static final double MAX_SECONDS = 3 * 3600;
    /** Silence rendered after the routine's end, so the last sounds ring out. */
    static final double TAIL_SECONDS = AudioExport.TAIL_SECONDS;

    private final Supplier<RoutineLibrary> library;
    private final RoutineReader reader;
    /** Where analysed songs are cached (the app's cache, so a song analysed there is not analysed again). */
    private final AppPaths paths;

    @Mixin
    private RoutineArgument routine = new RoutineArgument();

    @Mixin
    private PlayChoices play = new PlayChoices();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The WAV or MP3 file to write.")
    private Path out;

    @Option(names = "--format", paramLabel = "wav|mp3",
            description = "WAV (the exact PCM) or MP3 (" + "128 kbit/s, for a phone); default: from the --out name.")
    private String format;

    @Option(names = "--cues", paramLabel = "FILE.csv", description = "Also write the cues, each with its frame index.")
    private Path cues;

    @Option(names = "--seconds", paramLabel = "S",
            description = "Render S seconds (default: the whole routine and " + "2 s after its end).")
    private Double seconds;

    @Option(names = "--sound", paramLabel = "clicks|voice|both", defaultValue = "both",
            description = "Clicks and tones only, spoken cues only, or both (default: ${DEFAULT-VALUE}).")
    private String sound;

    @Option(names = "--click-volume", paramLabel = "V", description = "Click volume from 0 to 1 (default: 0.7).")
    private Double clickVolume;

    @Option(names = "--voice-volume", paramLabel = "V", description = "Voice volume from 0 to 1 (default: 0.9).")
    private Double voiceVolume;

    @Option(names = "--song", paramLabel = "FILE",
            description = "Play to this song (MP3, M4A, WAV, AIFF): the song is mixed in and the routine's song blocks "
                    + "follow its beat (as found, or as corrected in the app).")
    private Path song;

    @Option(names = "--song-rate", paramLabel = "R", defaultValue = "1",
            description = "Play the song R times as fast, 0.5 to 1.5 (default: ${DEFAULT-VALUE}).")
    private double songRate;

    @Option(names = "--song-everywhere", description = "Follow the song in every block, not only the song blocks.")
    private boolean songEverywhere;

    @Option(names = "--click-over-song", description = "Sound the beat clicks and phase tones over the song too.")
    private boolean clickOverSong;

    @Option(names = "--music-volume", paramLabel = "V", description = "Song volume from 0 to 1 (default: 0.8).")
    private Double musicVolume;

    @Spec
    private CommandSpec spec;

    RenderCommand(Supplier<RoutineLibrary> library, RoutineReader reader, AppPaths paths) {
        this.library = library;
        this.reader = reader;
        this.paths = paths;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages words = Cli.words(reader);
        Optional<MixOptions> mix = mixOptions(err, words);
        if (mix.isEmpty()) {
            return Cli.BAD_INPUT;
        }
        if (seconds != null && !(seconds > 0 && seconds <= MAX_SECONDS)) {
            err.println(words.get("cli.render.bad-seconds", Wording.number(MAX_SECONDS), Wording.number(seconds)));
            return Cli.BAD_INPUT;
        }
        Routine r = routine.resolve(library, reader);
        PlayOptions options = play.options(r, words);
        Music music = null;
        if (song != null) {
            if (!(songRate >= 0.5 && songRate <= 1.5)) {
                err.println(words.get("cli.render.bad-song-rate", Wording.number(songRate)));
                return Cli.BAD_INPUT;
            }
            try {
                LoadedSong loaded = SongLoading.load(song, new SongCache(paths.songs()), what -> { });
                if (loaded.bpm() <= 0) {
                    err.println(words.get("cli.render.no-beat", song.toString()));
                    return Cli.BAD_INPUT;
                }
                music = Music.of(loaded);
                options = options.withSong(new SongTiming(loaded.beatMap(), songRate,
                        loaded.audio().durationSeconds()), songEverywhere);
            } catch (IOException e) {
                err.println("toetempo: " + song + ": " + e.getMessage());
                return Cli.BAD_INPUT;
            }
        }

        AudioExport export = new AudioExport(r, options, mix.get(), music, seconds, reader.language());
        AudioExport.Format chosenFormat;
        if (format == null) {
            chosenFormat = AudioExport.Format.of(out);
        } else {
            try {
                chosenFormat = AudioExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println(words.get("cli.render.bad-format", format));
                return Cli.BAD_INPUT;
            }
        }
        try (Writer csv = cues == null ? null : Files.newBufferedWriter(cues, StandardCharsets.UTF_8)) {
            int[] count = new int[1];
            Renderer.Listener listener = null;
            if (csv != null) {
                csv.write("frame,time_s,beat,type,exercise,side,set,rep,reps,phase,text\n");
                listener = new Renderer.Listener() {
                    @Override
                    public void cue(long frame, long clockNanos, Cue cue) {
                        try {
                            csv.write(csvLine(frame, clockNanos, cue));
                            count[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            }
            long written = export.write(out, chosenFormat, listener, (done, total) -> { }, () -> false);
            stdout.println(words.get("cli.render.written", out.toString(), written, written / (double) Pcm.SAMPLE_RATE,
                    Pcm.SAMPLE_RATE)
                    + (chosenFormat == AudioExport.Format.MP3 ? ", MP3 " + Mp3Writer.KBPS + " kbit/s" : "")
                    + (csv == null ? "" : "; " + words.get("cli.render.cues-in", count[0], cues.toString())));
        } catch (IOException | UncheckedIOException e) {
            err.println(words.get("cli.cannot-write", e.getMessage() == null ? out.toString() : e.getMessage()));
            return Cli.BAD_INPUT;
        }
        stdout.flush();
        return 0;
    }

    private Optional<MixOptions> mixOptions(PrintWriter err, Messages words) {
        SoundMode mode;
        switch (sound.toLowerCase(Locale.ROOT)) {
            case "clicks" -> mode = SoundMode.CLICKS;
            case "voice" -> mode = SoundMode.VOICE;
            case "both" -> mode = SoundMode.BOTH;
            default -> {
                err.println(words.get("cli.render.bad-sound", sound));
                return Optional.empty();
            }
        }
        MixOptions mix = MixOptions.defaults().withMode(mode);
        for (Double v : new Double[] {clickVolume, voiceVolume, musicVolume}) {
            if (v != null && !(v >= 0 && v <= 1)) {
                err.println(words.get("cli.render.bad-volume", Wording.number(v)));
                return Optional.empty();
            }
        }
        if (clickVolume != null) {
            mix = mix.withClickVolume(clickVolume);
        }
        if (voiceVolume != null) {
            mix = mix.withVoiceVolume(voiceVolume);
        }
        if (musicVolume != null) {
            mix = mix.withMusicVolume(musicVolume);
        }
        mix = mix.withClickOverSong(clickOverSong);
        return Optional.of(mix);
    }

    static String csvLine(long frame, long clockNanos, Cue cue) {
        return String.join(",",
                Long.toString(frame),
                String.format(Locale.ROOT, "%.6f", clockNanos / 1e9),
                cue.beat() >= 0 ? Long.toString(cue.beat()) : "",
                cue.type().json(),
                csv(cue.exercise()),
                cue.side() == null ? "" : cue.side().json(),
                Integer.toString(cue.set()),
                Integer.toString(cue.rep()),
                Integer.toString(cue.reps()),
                cue.phase() == null ? "" : cue.phase().json(),
                csv(cue.text())) + "\n";
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
