package org.toetempo.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Writes the beat-tracking benchmark's songs: full-length (about 2.5 minutes) General MIDI songs whose tempo moves
 * the way a band's does (a drummer's wander, a push of 5-6 %, a faster bridge, a final ritardando, combinations,
 * and steady ones), in several styles, with and without drums. Each song's true beat times go to
 * {@code ID.beats} (one time a line, then a tab and 1 on a downbeat); {@code render.tsv} says how
 * {@code bench/song-render.sh} renders and encodes it.
 *
 * <pre>TempoMapSongs OUT_DIR</pre>
 */
public final class TempoMapSongs {

    private TempoMapSongs() {
    }

    /** How the tempo moves over a song, as a function of the beat and the song's length in beats. */
    enum Shape {
        STEADY, DRIFT, PUSH, BRIDGE, RITARDANDO, LIVE;

        /** The tempo factor at beat {@code b} of {@code n}. */
        double factor(double b, double n) {
            return switch (this) {
                case STEADY -> 1;
                case DRIFT -> 1 + 0.025 * Math.sin(2 * Math.PI * b / 96) + 0.012 * Math.sin(2 * Math.PI * b / 37 + 1);
                case PUSH -> 1 + 0.06 * b / n;
                case BRIDGE -> b < 0.45 * n || b > 0.7 * n ? 1 : 1.08;
                case RITARDANDO -> b < n - 16 ? 1 : 1 - 0.3 * Math.pow((b - (n - 16)) / 16, 1.5);
                case LIVE -> (1 + 0.02 * Math.sin(2 * Math.PI * b / 80) + 0.05 * b / n)
                        * (b > 0.5 * n && b < 0.65 * n ? 1.06 : 1)
                        * (b < n - 12 ? 1 : 1 - 0.25 * (b - (n - 12)) / 12);
            };
        }
    }

    record Spec(String id, SongComposer.Style style, double bpm, Shape shape, boolean drums) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("t01-pop-drift", SongComposer.Style.POP, 112, Shape.DRIFT, true),
            new Spec("t02-rock-push", SongComposer.Style.ROCK, 128, Shape.PUSH, true),
            new Spec("t03-funk-bridge", SongComposer.Style.FUNK, 98, Shape.BRIDGE, true),
            new Spec("t04-ballad-rit-nodrums", SongComposer.Style.BALLAD, 72, Shape.RITARDANDO, false),
            new Spec("t05-jazz-drift", SongComposer.Style.JAZZ, 140, Shape.DRIFT, true),
            new Spec("t06-piano-push-nodrums", SongComposer.Style.PIANO, 96, Shape.PUSH, false),
            new Spec("t07-shuffle-live", SongComposer.Style.SHUFFLE, 100, Shape.LIVE, true),
            new Spec("t08-folk-bridge-nodrums", SongComposer.Style.FOLK, 108, Shape.BRIDGE, false),
            new Spec("t09-dance-steady", SongComposer.Style.DANCE, 124, Shape.STEADY, true),
            new Spec("t10-country-drift-nodrums", SongComposer.Style.COUNTRY, 120, Shape.DRIFT, false),
            new Spec("t11-reggae-push", SongComposer.Style.REGGAE, 80, Shape.PUSH, true),
            new Spec("t12-bossa-live", SongComposer.Style.BOSSA, 126, Shape.LIVE, true),
            new Spec("t13-waltz-drift-nodrums", SongComposer.Style.PIANO_WALTZ, 138, Shape.DRIFT, false),
            new Spec("t14-disco-steady-nodrums", SongComposer.Style.DISCO, 118, Shape.STEADY, false),
            // Compound time: the true beats are the dotted quarters people tap.
            new Spec("t15-six-eight-drift", SongComposer.Style.SIX_EIGHT, 60, Shape.DRIFT, true),
            new Spec("t16-twelve-eight-push", SongComposer.Style.TWELVE_EIGHT, 64, Shape.PUSH, true),
            new Spec("t17-jig-bridge-nodrums", SongComposer.Style.JIG, 112, Shape.BRIDGE, false),
            new Spec("t18-shuffle-12-8-live", SongComposer.Style.SHUFFLE_12_8, 90, Shape.LIVE, true));

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/toetempo-beats");
        Files.createDirectories(out);
        List<String> render = new ArrayList<>();
        long seed = 20261206L;
        for (Spec spec : SPECS) {
            int bpb = spec.style().beatsPerBar;
            int bars = (int) Math.round(150 / (bpb * 60 / spec.bpm()));
            int beats = bars * bpb;
            double lead = 0.4;
            double[] times = new double[beats + bpb + 2];
            times[0] = lead;
            for (int k = 1; k < times.length; k++) {
                double bpm = spec.bpm() * spec.shape().factor(Math.min(k - 0.5, beats), beats);
                times[k] = times[k - 1] + 60 / bpm;
            }
            DoubleUnaryOperator warp = b -> {
                int i = (int) Math.max(0, Math.min(times.length - 2, Math.floor(b)));
                return times[i] + (b - i) * (times[i + 1] - times[i]);
            };
            SongComposer.writeMapped(out.resolve(spec.id() + ".mid"), spec.style(), warp, bars, spec.drums(), seed++);
            StringBuilder truth = new StringBuilder();
            for (int k = 0; k <= beats; k++) {
                truth.append(String.format(Locale.ROOT, "%.6f\t%d%n", times[k], k % bpb == 0 ? 1 : 0));
            }
            Files.writeString(out.resolve(spec.id() + ".beats"), truth, StandardCharsets.UTF_8);
            render.add(spec.id() + "\t44100\t" + (render.size() % 2 == 0 ? "-b 192" : "-V 2"));
        }
        Files.write(out.resolve("render.tsv"), (String.join("\n", render) + "\n").getBytes(StandardCharsets.UTF_8));
        System.out.println("wrote " + SPECS.size() + " songs to " + out);
    }
}
