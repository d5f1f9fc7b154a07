package org.toetempo.bench;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Writes General MIDI songs with known tempo and beat grid, for the song-analysis evaluation set and the demo
 * song: drums, bass, chords and a melody in one of {@link Style}'s styles, with an optional intro (silence, a
 * quiet pad, a pickup, a fade-in). The truth is exact: beat {@code k} of the music is at
 * {@code firstBeat + k·60/bpm} seconds of the MIDI file (fluidsynth renders note-ons at their time).
 */
public final class SongComposer {

    /** MIDI resolution: ticks per quarter note. One 16th step is {@code PPQ / 4} ticks. */
    static final int PPQ = 480;
    private static final int DRUMS = 9;

    /** How the song begins. */
    public enum Intro {
        /** Music from (nearly) the start. */
        NONE,
        /** A few seconds of digital silence, then music. */
        SILENCE,
        /** One to three bars of a quiet sustained pad or soft piano, then the band. */
        QUIET,
        /** A pickup: a melody note or a drum fill before the first downbeat. */
        PICKUP,
        /** The band fades in over four bars. */
        FADE_IN
    }

    /** What the generator wrote, with the ground truth. */
    public record Song(String id, String style, double bpm, int beatsPerBar, Intro intro, double firstBeat,
                       double firstDownbeat, double musicStart, double endSeconds, int bars) {

        /** The true beat times from the first beat to the end of the music. */
        public double[] beats() {
            double period = 60 / bpm;
            int n = (int) Math.floor((endSeconds - firstBeat) / period) + 1;
            double[] beats = new double[Math.max(n, 0)];
            for (int k = 0; k < beats.length; k++) {
                beats[k] = firstBeat + k * period;
            }
            return beats;
        }

        static String csvHeader() {
            return "id,style,bpm,beats_per_bar,intro,first_beat,first_downbeat,music_start,end,bars";
        }

        String csv() {
            return String.format(Locale.ROOT, "%s,%s,%.4f,%d,%s,%.6f,%.6f,%.6f,%.6f,%d", id, style, bpm, beatsPerBar,
                    intro.name().toLowerCase(Locale.ROOT), firstBeat, firstDownbeat, musicStart, endSeconds, bars);
        }

        static Song parse(String line) {
            String[] f = line.split(",");
            return new Song(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                    Intro.valueOf(f[4].toUpperCase(Locale.ROOT)), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]), Integer.parseInt(f[9]));
        }
    }

    /** The styles, each with its meter, tempo range, drum kit and parts. */
    public enum Style {
        POP(4, 70, 140), ROCK(4, 100, 170), DANCE(4, 115, 135), FUNK(4, 84, 110), BALLAD(4, 60, 80),
        WALTZ(3, 90, 180), JAZZ(4, 100, 180), MARCH(2, 100, 124), BOSSA(4, 110, 150), DNB(4, 160, 180),
        PUNK(4, 150, 180), PIANO(4, 60, 140), COUNTRY(4, 100, 160), REGGAE(4, 70, 90), SHUFFLE(4, 80, 120),
        FIVE(5, 120, 176), PIANO_WALTZ(3, 60, 150), TRAP(4, 130, 150), DISCO(4, 110, 130), FOLK(4, 80, 120),
        // Compound time; the tempo is the dotted quarter people tap.
        SIX_EIGHT(2, 48, 76, 3), TWELVE_EIGHT(4, 50, 80, 3), JIG(2, 96, 124, 3), SHUFFLE_12_8(4, 76, 104, 3);

        final int beatsPerBar;
        final double minBpm;
        final double maxBpm;
        /** Pattern steps per beat: 4 sixteenths, or in compound time 3 eighths of a dotted-quarter beat. */
        final int steps;

        Style(int beatsPerBar, double minBpm, double maxBpm) {
            this(beatsPerBar, minBpm, maxBpm, 4);
        }

        Style(int beatsPerBar, double minBpm, double maxBpm, int steps) {
            this.beatsPerBar = beatsPerBar;
            this.minBpm = minBpm;
            this.maxBpm = maxBpm;
            this.steps = steps;
        }

        /** Whether the beat is a dotted quarter of three eighths (6/8, 12/8): the tempo is the dotted quarter's. */
        boolean compound() {
            return steps == 3;
        }

        /** The styles of the 120-song tempo set (compound ones have their own set, so that set stays the same). */
        static Style[] simple() {
            return Arrays.stream(values()).filter(s -> !s.compound()).toArray(Style[]::new);
        }

        /** The compound-time styles. */
        static Style[] compoundStyles() {
            return Arrays.stream(values()).filter(Style::compound).toArray(Style[]::new);
        }
    }

    private final Random random;
    private final Sequence sequence;
    private final Track track;
    private final double bpm;
    private final int beatsPerBar;
    private final long startTick;
    private final int[] key = {0};
    private double swing = 0.5;
    private double jitterMs = 6;
    private double gain = 1;
    private int fadeBars;
    /** For a song with a tempo map: musical beats to seconds; null for a steady song. */
    private DoubleUnaryOperator warp;
    private boolean drums = true;
    /** Pattern steps per beat ({@link Style#steps}). */
    private int steps = 4;
    /** Ticks per second of a warped song, written at one fixed tempo of 60 BPM (fluidsynth rounds tempo events). */
    static final int WARP_PPQ = 4000;

    private SongComposer(double bpm, int beatsPerBar, long startTick, long seed) throws InvalidMidiDataException {
        this(bpm, beatsPerBar, startTick, seed, PPQ);
    }

    private SongComposer(double bpm, int beatsPerBar, long startTick, long seed, int ppq) throws InvalidMidiDataException {
        this.random = new Random(seed);
        this.sequence = new Sequence(Sequence.PPQ, ppq);
        this.track = sequence.createTrack();
        this.bpm = bpm;
        this.beatsPerBar = beatsPerBar;
        this.startTick = startTick;
        int micros = (int) Math.round(60_000_000 / bpm);
        track.add(new MidiEvent(new MetaMessage(0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros}, 3), 0));
    }

    /**
     * Composes a song and writes it as a standard MIDI file.
     *
     * @param seconds about how long the music lasts (whole bars)
     */
    public static Song write(Path midi, String id, Style style, double bpm, Intro intro, double seconds, long seed)
            throws IOException, InvalidMidiDataException {
        Random r = new Random(seed ^ 0x5eedL);
        // The tempo meta event must give the exact tempo: microseconds per quarter are integers.
        int micros = (int) Math.round(60_000_000 / bpm);
        double exactBpm = 60_000_000.0 / micros;
        double beat = micros / 1e6;
        double lead = switch (intro) {
            case SILENCE -> 3 + 6 * r.nextDouble();
            default -> 0.05 + 1.2 * r.nextDouble();
        };
        // Start on a whole tick.
        long startTick = Math.round(lead / beat * PPQ);
        double start = startTick * beat / PPQ;
        SongComposer c = new SongComposer(exactBpm, style.beatsPerBar, startTick, seed);
        c.steps = style.steps;
        int bpb = style.beatsPerBar;
        int introBars = intro == Intro.QUIET ? 1 + r.nextInt(3) : 0;
        int bandBars = Math.max(4, (int) Math.round(seconds / (beat * bpb))) - introBars;
        if (intro == Intro.FADE_IN) {
            c.fadeBars = 4;
        }
        c.key[0] = r.nextInt(12);
        int pickupBeats = 0;
        if (intro == Intro.PICKUP) {
            // The first downbeat is one bar after the start; the pickup fills the end of the bar before it.
            pickupBeats = 1 + r.nextInt(Math.max(1, bpb - 1));
        }
        int firstBar = intro == Intro.PICKUP ? 1 : 0;
        if (intro == Intro.QUIET) {
            c.quietIntro(introBars);
        }
        c.compose(style, firstBar + introBars, bandBars);
        if (intro == Intro.PICKUP) {
            c.pickup(style, pickupBeats);
        }
        int bars = firstBar + introBars + bandBars;
        // The last note: a closing chord on the downbeat after the last bar.
        c.closing(bars);
        double firstDownbeat = start + firstBar * bpb * beat;
        double firstBeat = intro == Intro.PICKUP ? firstDownbeat - pickupBeats * beat : start;
        double end = start + bars * bpb * beat;
        MidiSystem.write(c.sequence, 1, midi.toFile());
        return new Song(id, style.name().toLowerCase(Locale.ROOT), exactBpm, bpb, intro, firstBeat, firstDownbeat,
                firstBeat, end, bars);
    }

    /**
     * A song whose beats follow a tempo map: musical beat {@code b} sounds at {@code beatToSeconds(b)} seconds. The
     * notes' times are warped here and written at one fixed MIDI tempo with fine ticks (a quarter of a millisecond),
     * so the rendered beats are where the map says, to the synthesizer's constant onset latency.
     *
     * @param bars  bars of music (a closing chord follows)
     * @param drums whether the drum kit plays
     */
    public static void writeMapped(Path midi, Style style, DoubleUnaryOperator beatToSeconds, int bars, boolean drums,
                                   long seed) throws IOException, InvalidMidiDataException {
        SongComposer c = new SongComposer(60, style.beatsPerBar, 0, seed, WARP_PPQ);
        c.warp = beatToSeconds;
        c.steps = style.steps;
        c.drums = drums;
        c.key[0] = new Random(seed).nextInt(12);
        c.compose(style, 0, bars);
        c.closing(bars);
        MidiSystem.write(c.sequence, 1, midi.toFile());
    }

    /**
     * The demo song of {@code audio/demo/}: 112 BPM, 4/4, two bars of electric piano and hi-hat, then 32 bars of a
     * pop groove (kick, snare, hats, finger bass, electric piano, strings; a flute melody in the middle), ending on
     * a chord. Fixed instruments and seed, so it is the same every time.
     */
    public static Song writeDemo(Path midi) throws IOException, InvalidMidiDataException {
        double bpm = 112;
        int micros = (int) Math.round(60_000_000 / bpm);
        double exactBpm = 60_000_000.0 / micros;
        long startTick = PPQ / 2;                                   // the music starts a half beat in
        SongComposer c = new SongComposer(exactBpm, 4, startTick, 112);
        c.key[0] = 2;                                               // D major
        c.jitterMs = 4;
        c.program(1, 33);
        c.program(2, 4);
        c.program(3, 73);
        c.program(4, 48);
        int[] progression = {0, 7, 9, 5};
        for (int bar = 0; bar < 2; bar++) {
            int[] ch = c.chord(progression[bar % 4]);
            c.comp(bar, ch, "x.......x.......", 8, 60);
            c.drum(bar, 42, "x.o.x.o.x.o.x.o.");
        }
        int bars = 34;
        for (int bar = 2; bar < bars; bar++) {
            int[] ch = c.chord(progression[bar % 4]);
            c.drum(bar, 36, "X.......x.x.....");
            c.drum(bar, 38, "....X.......X...");
            c.drum(bar, 42, "x.o.x.o.x.o.x.o.");
            if (bar % 8 == 2) {
                c.drum(bar, 49, "X...............");
            }
            c.bass(bar, ch, "1..11...1..15...", 2);
            c.comp(bar, ch, "x.....x...x.....", 4, 62);
            c.pad(bar, ch, 38);
            if (bar >= 10 && bar < 26) {
                c.melody(bar, ch, 0.3, 78);
            }
        }
        c.closing(bars);
        MidiSystem.write(c.sequence, 1, midi.toFile());
        double beat = micros / 1e6;
        double start = startTick * beat / PPQ;
        return new Song("toe-tempo-demo", "demo", exactBpm, 4, Intro.NONE, start, start, start, start + bars * 4 * beat, bars);
    }

    // ---------------------------------------------------------------- the parts

    private static final int[][] PROGRESSIONS = {
            {0, 7, 9, 5}, {0, 5, 7, 5}, {9, 5, 0, 7}, {0, 9, 5, 7}, {2, 7, 0, 9}, {0, 0, 5, 7}, {0, 4, 5, 7}};
    private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11};

    /** Chord of a progression degree (semitones above the key): minor for 2, 4, 9. */
    private int[] chord(int degree) {
        boolean minor = degree == 2 || degree == 4 || degree == 9;
        return new int[] {degree, degree + (minor ? 3 : 4), degree + 7};
    }

    private void compose(Style style, int firstBar, int bars) {
        int[] progression = PROGRESSIONS[random.nextInt(PROGRESSIONS.length)];
        // Programs: drums are channel 9; bass 1, comp 2, lead 3, pad 4.
        switch (style) {
            case POP -> {
                program(1, pick(33, 34));
                program(2, pick(0, 4, 25));
                program(3, pick(73, 80, 11));
                program(4, pick(48, 89));
                swing = 0.5;
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 36, "X.......x.x.....");
                    drum(bar, 38, "....X.......X...");
                    drum(bar, 42, "x.o.x.o.x.o.x.o.");
                    bass(bar, ch, "1..11...1..15...", 2);
                    comp(bar, ch, "x.......x.......", 8, 70);
                    if (b % 8 == 0) {
                        drum(bar, 49, "X...............");
                    }
                    melody(bar, ch, 0.35, 80);
                }
            }
            case ROCK -> {
                program(1, 34);
                program(2, pick(29, 30));
                program(3, pick(81, 62));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 36, "X.......X.x.....");
                    drum(bar, 38, "....X.......X...");
                    drum(bar, random.nextBoolean() ? 42 : 51, "x.x.x.x.x.x.x.x.");
                    if (b % 4 == 0) {
                        drum(bar, 49, "X...............");
                    }
                    bass(bar, ch, "1.1.1.1.1.1.1.1.", 2);
                    power(bar, ch, "x.x.x.x.x.x.x.x.", 2, 80);
                    if (b % 2 == 1) {
                        melody(bar, ch, 0.3, 75);
                    }
                }
            }
            case DANCE, DISCO -> {
                program(1, style == Style.DANCE ? pick(38, 39) : 33);
                program(2, style == Style.DANCE ? pick(81, 90) : pick(4, 48));
                program(4, pick(89, 91));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 36, "X...X...X...X...");
                    drum(bar, style == Style.DANCE ? 39 : 38, "....X.......X...");
                    drum(bar, 46, "..x...x...x...x.");
                    drum(bar, 42, style == Style.DISCO ? "x.x.x.x.x.x.x.x." : "o.o.o.o.o.o.o.o.");
                    bass(bar, ch, style == Style.DANCE ? "..1...1...1...1." : "1.8.1.8.1.8.1.8.", 2);
                    if (style == Style.DANCE) {
                        pad(bar, ch, 50);
                        comp(bar, ch, "...x..x....x..x.", 1, 55);
                    } else {
                        comp(bar, ch, "..x...x...x...x.", 1, 65);
                        melody(bar, ch, 0.3, 80);
                    }
                }
            }
            case FUNK -> {
                program(1, pick(33, 36));
                program(2, pick(4, 28));
                program(3, pick(61, 66));
                swing = 0.5 + 0.06 * random.nextDouble();
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 2]);
                    drum(bar, 36, "X..x..x...x..x..");
                    drum(bar, 38, "....X..o.o..X...");
                    drum(bar, 42, "xoxoxoxoxoxoxoxo");
                    bass(bar, ch, "1..1..8...5.1.7.", 2);
                    comp(bar, ch, ".x..x.x..x...x.x", 1, 60);
                    if (b % 4 == 3) {
                        melody(bar, ch, 0.5, 80);
                    }
                }
            }
            case BALLAD -> {
                program(1, 33);
                program(2, 0);
                program(4, pick(48, 49, 89));
                program(3, pick(73, 71, 65));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 36, "X.......X.......");
                    drum(bar, random.nextInt(3) == 0 ? 37 : 38, "....X.......X...");
                    drum(bar, 42, random.nextBoolean() ? "o.o.o.o.o.o.o.o." : "oooooooooooooooo");
                    bass(bar, ch, "1.......5.......", 8);
                    arpeggio(bar, ch, 2, 55);
                    pad(bar, ch, 45);
                    melody(bar, ch, 0.25, 85);
                }
            }
            case WALTZ -> {
                program(1, pick(32, 58));
                program(2, pick(21, 0, 22));
                program(3, pick(40, 73, 21));
                boolean kit = random.nextBoolean();
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    bass(bar, ch, (b % 2 == 0 ? "1..." : "5...") + "........", 3);
                    comp(bar, ch, "....x...x...", 3, 70);
                    if (kit) {
                        drum(bar, 36, "X...........");
                        drum(bar, 42, "....x...x...");
                    }
                    melody(bar, ch, 0.35, 85);
                }
            }
            case JAZZ -> {
                program(1, 32);
                program(2, 0);
                program(3, pick(65, 66, 56));
                swing = 0.64;
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 51, "x...x.x.x...x.x.");
                    drum(bar, 44, "....x.......x...");
                    if (random.nextInt(3) == 0) {
                        drum(bar, 36, "o.......o.......");
                    }
                    walking(bar, ch);
                    comp(bar, ch, random.nextBoolean() ? "......x.....x..." : "...x......x.....", 2, 55);
                    melody(bar, ch, 0.45, 80);
                }
            }
            case MARCH -> {
                program(1, 58);
                program(2, pick(61, 56));
                program(3, pick(72, 73));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[(b / 2) % 4]);
                    drum(bar, 36, "X.......");
                    drum(bar, 38, "x.o.X.o.");
                    bass(bar, ch, "1...5...", 3);
                    comp(bar, ch, "..x...x.", 1, 70);
                    melody(bar, ch, 0.4, 85);
                }
            }
            case BOSSA -> {
                program(1, 32);
                program(2, 24);
                program(3, pick(73, 65));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 37, b % 2 == 0 ? "x..x..x........." : "....x..x..x.....");
                    drum(bar, 70, "xoxoxoxoxoxoxoxo");
                    drum(bar, 36, "x..o....x..o....");
                    bass(bar, ch, "1..5....1..5....", 3);
                    comp(bar, ch, "x..x..x...x..x..", 2, 60);
                    melody(bar, ch, 0.3, 80);
                }
            }
            case DNB -> {
                program(1, pick(38, 39));
                program(4, pick(89, 95));
                program(2, pick(4, 81));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[(b / 2) % 4]);
                    drum(bar, 36, "X.........X.....");
                    drum(bar, 38, "....X.......X...");
                    drum(bar, 42, "x.x.x.x.x.x.x.x.");
                    bass(bar, ch, "1.........1.....", 6);
                    pad(bar, ch, 50);
                    if (b % 2 == 0) {
                        comp(bar, ch, "x.....x.........", 2, 50);
                    }
                }
            }
            case PUNK -> {
                program(1, 34);
                program(2, 30);
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 36, "X.......X.......");
                    drum(bar, 38, "....X.......X...");
                    drum(bar, 42, "x.x.x.x.x.x.x.x.");
                    if (b % 4 == 0) {
                        drum(bar, 49, "X...............");
                    }
                    bass(bar, ch, "1.1.1.1.1.1.1.1.", 2);
                    power(bar, ch, "x.x.x.x.x.x.x.x.", 2, 85);
                }
            }
            case PIANO -> {
                program(1, 0);
                program(2, 0);
                program(3, 0);
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    alberti(bar, ch, 55);
                    melody(bar, ch, 0.2, 80);
                }
            }
            case PIANO_WALTZ -> {
                program(1, 0);
                program(2, 0);
                program(3, pick(0, 40, 73));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    bass(bar, ch, "1...........", 4);
                    comp(bar, ch, "....x...x...", 3, 55);
                    melody(bar, ch, 0.2, 80);
                }
            }
            case COUNTRY -> {
                program(1, 32);
                program(2, 25);
                program(3, pick(110, 105, 22));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 36, "X.......X.......");
                    drum(bar, 38, "....x.......x...");
                    drum(bar, 42, "o.o.o.o.o.o.o.o.");
                    bass(bar, ch, "1.......5.......", 3);
                    comp(bar, ch, "....x.x.....x.x.", 1, 65);
                    melody(bar, ch, 0.35, 80);
                }
            }
            case REGGAE -> {
                program(1, 33);
                program(2, pick(27, 16));
                program(3, 16);
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 2]);
                    drum(bar, 36, "........X.......");
                    drum(bar, 37, "........x.......");
                    drum(bar, 42, "x.x.x.x.x.x.x.x.");
                    bass(bar, ch, "1...1.5.....3.1.", 2);
                    comp(bar, ch, "....x.......x...", 1, 70);
                    comp(bar, ch, "..x...x...x...x.", 1, 45);
                }
            }
            case SHUFFLE -> {
                program(1, 33);
                program(2, pick(16, 26));
                program(3, pick(65, 22));
                swing = 0.667;
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(new int[] {0, 0, 0, 0, 5, 5, 0, 0, 7, 5, 0, 7}[b % 12]);
                    drum(bar, 36, "X.......X.......");
                    drum(bar, 38, "....X.......X...");
                    drum(bar, 42, "x.x.x.x.x.x.x.x.");
                    bass(bar, ch, "1.3.5.6.8.6.5.3.", 2);
                    comp(bar, ch, "x.x.x.x.x.x.x.x.", 1, 50);
                    melody(bar, ch, 0.3, 80);
                }
            }
            case FIVE -> {
                program(1, 32);
                program(2, 0);
                program(3, 65);
                swing = 0.6;
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[(b / 2) % 4]);
                    drum(bar, 51, "x...x.x.x...x.x.x...");
                    drum(bar, 36, "X...........x.......");
                    drum(bar, 38, "........x.......x...");
                    bass(bar, ch, "1.......5...1...5...", 3);
                    comp(bar, ch, "x.....x.....x.......", 3, 60);
                    melody(bar, ch, 0.3, 80);
                }
            }
            case TRAP -> {
                program(1, 38);
                program(2, pick(88, 89));
                program(3, pick(80, 11));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[(b / 2) % 4]);
                    // Half-time feel: the snare on 3, hats in 8ths and 16ths; the beat is the quarter note.
                    drum(bar, 36, "X.....X...X.....");
                    drum(bar, 39, "........X.......");
                    drum(bar, 42, b % 2 == 0 ? "x.x.x.x.x.x.xxxx" : "x.x.x.x.x.x.x.x.");
                    bass(bar, ch, "1.....1...1.....", 4);
                    pad(bar, ch, 45);
                    melody(bar, ch, 0.3, 70);
                }
            }
            case FOLK -> {
                program(1, 32);
                program(2, 25);
                program(3, pick(73, 22, 40));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 54, "....x.......x...");
                    strum(bar, ch, "x.x.x.xxx.xxx.x.", 60);
                    bass(bar, ch, "1.......5.......", 4);
                    melody(bar, ch, 0.35, 85);
                }
            }
            case SIX_EIGHT -> {
                // A 6/8 ballad: the kick on one, the snare on the second dotted quarter, eighths on the hi-hat,
                // broken chords in eighths.
                program(1, pick(33, 32));
                program(2, pick(0, 4, 24));
                program(3, pick(73, 40, 65));
                program(4, pick(48, 89));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    drum(bar, 36, "X.....");
                    drum(bar, 38, "...X..");
                    drum(bar, 42, "xoox" + (random.nextBoolean() ? "oo" : "ox"));
                    bass(bar, ch, "1..5..", 3);
                    compound(bar, ch, 58);
                    pad(bar, ch, 38);
                    melody(bar, ch, 0.3, 82);
                }
            }
            case TWELVE_EIGHT -> {
                // A slow 12/8 blues: triplets on the ride and the piano, the backbeat on two and four.
                program(1, 33);
                program(2, pick(0, 4, 16));
                program(3, pick(65, 27, 56));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(new int[] {0, 5, 0, 0, 5, 5, 0, 0, 7, 5, 0, 7}[b % 12]);
                    drum(bar, 36, "X.....x.....");
                    drum(bar, 38, "...X.....X..");
                    drum(bar, 51, "xooxooxooxoo");
                    bass(bar, ch, "1..3..5..6..", 3);
                    comp(bar, ch, "xxxxxxxxxxxx", 1, 48);
                    melody(bar, ch, 0.4, 80);
                }
            }
            case JIG -> {
                // A 6/8 jig without drums: running eighths on the fiddle or whistle, a guitar's boom-chick.
                program(1, 32);
                program(2, 25);
                program(3, pick(40, 72, 22));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(progression[b % 4]);
                    bass(bar, ch, "1..5..", 2);
                    comp(bar, ch, "..x..x", 1, 55);
                    runningEighths(bar, ch, 78);
                }
            }
            case SHUFFLE_12_8 -> {
                // A 12/8 shuffle: long-short on every beat (the first and third eighth of each dotted quarter).
                program(1, 33);
                program(2, pick(16, 26, 0));
                program(3, pick(65, 22));
                for (int b = 0; b < bars; b++) {
                    int bar = firstBar + b;
                    int[] ch = chord(new int[] {0, 0, 0, 0, 5, 5, 0, 0, 7, 5, 0, 7}[b % 12]);
                    drum(bar, 36, "X.....X.....");
                    drum(bar, 38, "...X.....X..");
                    drum(bar, 42, "x.ox.ox.ox.o");
                    bass(bar, ch, "1.35.68.65.3", 1);
                    comp(bar, ch, "x.xx.xx.xx.x", 1, 50);
                    melody(bar, ch, 0.3, 80);
                }
            }
        }
    }

    /** Broken chords in eighths over compound time, each beat's first eighth louder. */
    private void compound(int bar, int[] chord, int velocity) {
        int[] order = {0, 1, 2};
        for (int s = 0; s < beatsPerBar * steps; s++) {
            int n = chord[order[s % 3]];
            note(2, 55 + (key[0] + n) % 12 + (s % 3 == 2 ? 12 : 0), bar, s, 1, velocity + (s % 3 == 0 ? 15 : 0));
        }
    }

    /** A melody in running eighths, scale steps near the last note, each beat's first eighth louder. */
    private void runningEighths(int bar, int[] chord, int velocity) {
        for (int s = 0; s < beatsPerBar * steps; s++) {
            int target = s == 0 ? 72 + (key[0] + chord[random.nextInt(3)]) % 12 : nearScale(lastMelody + random.nextInt(5) - 2);
            lastMelody = Math.max(64, Math.min(86, target));
            note(3, lastMelody, bar, s, 1, velocity + (s % 3 == 0 ? 18 : 0));
        }
    }

    private int pick(int... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A drum pattern over one bar: one character per 16th, X loud, x medium, o soft, '.' nothing. */
    private void drum(int bar, int note, String pattern) {
        if (!drums) {
            return;
        }
        for (int s = 0; s < pattern.length(); s++) {
            int v = velocity(pattern.charAt(s));
            if (v > 0) {
                note(DRUMS, note, bar, s, 1, v);
            }
        }
    }

    /** A bass line: digits are scale degrees of the chord (1 root, 3 third, 5 fifth, 6 sixth, 7 seventh, 8 octave). */
    private void bass(int bar, int[] chord, String pattern, int lengthSteps) {
        for (int s = 0; s < pattern.length(); s++) {
            char c = pattern.charAt(s);
            if (c == '.') {
                continue;
            }
            int offset = switch (c) {
                case '3' -> chord[1] - chord[0];
                case '5' -> 7;
                case '6' -> 9;
                case '7' -> 10;
                case '8' -> 12;
                default -> 0;
            };
            note(1, 36 + (key[0] + chord[0]) % 12 + offset, bar, s, lengthSteps, 95);
        }
    }

    private void walking(int bar, int[] chord) {
        int[] line = {0, chord[1] - chord[0], 7, random.nextBoolean() ? 5 : 10};
        for (int beat = 0; beat < beatsPerBar; beat++) {
            note(1, 36 + (key[0] + chord[0]) % 12 + line[beat % 4], bar, beat * steps, steps, 95);
        }
    }

    /** Chords at the pattern's hits, held for {@code lengthSteps}. */
    private void comp(int bar, int[] chord, String pattern, int lengthSteps, int velocity) {
        for (int s = 0; s < pattern.length(); s++) {
            if (pattern.charAt(s) != '.') {
                for (int n : chord) {
                    note(2, 60 + (key[0] + n) % 12, bar, s, lengthSteps, velocity);
                }
            }
        }
    }

    private void strum(int bar, int[] chord, String pattern, int velocity) {
        for (int s = 0; s < pattern.length(); s++) {
            if (pattern.charAt(s) != '.') {
                for (int i = 0; i < chord.length; i++) {
                    noteAt(2, 52 + (key[0] + chord[i]) % 12 + 12 * (i % 2), bar, s, 0.06 * i, 2, velocity - 10 * (s % 2));
                }
            }
        }
    }

    private void power(int bar, int[] chord, String pattern, int lengthSteps, int velocity) {
        for (int s = 0; s < pattern.length(); s++) {
            if (pattern.charAt(s) != '.') {
                int root = 40 + (key[0] + chord[0]) % 12;
                note(2, root, bar, s, lengthSteps, velocity);
                note(2, root + 7, bar, s, lengthSteps, velocity);
            }
        }
    }

    private void pad(int bar, int[] chord, int velocity) {
        for (int n : chord) {
            note(4, 60 + (key[0] + n) % 12, bar, 0, beatsPerBar * steps, velocity);
        }
    }

    /** Broken chords in 8ths: root, fifth, third, fifth... */
    private void arpeggio(int bar, int[] chord, int stepsEach, int velocity) {
        int[] order = {0, 2, 1, 2};
        for (int s = 0, i = 0; s < beatsPerBar * steps; s += stepsEach, i++) {
            int n = chord[order[i % 4]];
            note(2, 48 + (key[0] + n) % 12 + (i % 4 == 3 ? 12 : 0), bar, s, stepsEach * 2, velocity);
        }
    }

    /** Alberti bass: low, high, middle, high in 8ths, the low note a bit louder. */
    private void alberti(int bar, int[] chord, int velocity) {
        int[] order = {0, 2, 1, 2};
        for (int s = 0, i = 0; s < beatsPerBar * steps; s += 2, i++) {
            int n = chord[order[i % 4]];
            note(1, 48 + (key[0] + n) % 12, bar, s, 2, velocity + (i % 4 == 0 ? 12 : 0));
        }
    }

    /** A melody: on each beat a note of the scale near the last one; sometimes an 8th after it. */
    private int lastMelody = 72;

    private void melody(int bar, int[] chord, double eighthChance, int velocity) {
        for (int beat = 0; beat < beatsPerBar; beat++) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            int target = beat == 0 ? 72 + (key[0] + chord[random.nextInt(3)]) % 12 : nearScale(lastMelody + random.nextInt(5) - 2);
            lastMelody = Math.max(64, Math.min(84, target));
            boolean eighths = random.nextDouble() < eighthChance;
            note(3, lastMelody, bar, beat * steps, eighths ? 2 : steps, velocity);
            if (eighths) {
                lastMelody = nearScale(lastMelody + random.nextInt(5) - 2);
                note(3, lastMelody, bar, beat * steps + 2, steps - 2, velocity - 10);
            }
        }
    }

    private int nearScale(int note) {
        for (int d = 0; d < 2; d++) {
            int pc = Math.floorMod(note - key[0], 12);
            for (int m : MAJOR) {
                if (m == pc) {
                    return note;
                }
            }
            note++;
        }
        return note;
    }

    private void quietIntro(int bars) {
        program(4, pick(89, 88, 48));
        int[] ch = chord(0);
        boolean piano = random.nextBoolean();
        if (piano) {
            program(5, 0);
        }
        for (int b = 0; b < bars; b++) {
            for (int n : ch) {
                if (piano) {
                    note(5, 60 + (key[0] + n) % 12, b, 0, beatsPerBar * steps, 28);
                } else {
                    note(4, 60 + (key[0] + n) % 12, b, 0, beatsPerBar * steps, 40);
                }
            }
        }
    }

    private void pickup(Style style, int beats) {
        // The pickup sits in bar 0 (before the first downbeat of bar 1).
        int bpb = beatsPerBar;
        boolean fill = random.nextBoolean() && style != Style.PIANO && style != Style.PIANO_WALTZ;
        for (int b = bpb - beats; b < bpb; b++) {
            if (fill) {
                note(DRUMS, 38, 0, b * steps, 1, 90);
                note(DRUMS, 38, 0, b * steps + 2, 1, 70);
            } else {
                note(3, nearScale(67 + 2 * b + key[0] % 5), 0, b * steps, steps, 80);
            }
        }
    }

    private void closing(int bar) {
        int[] ch = chord(0);
        for (int n : ch) {
            note(2, 60 + (key[0] + n) % 12, bar, 0, beatsPerBar * steps, 70);
        }
        note(1, 36 + key[0], bar, 0, beatsPerBar * steps, 90);
        note(DRUMS, 49, bar, 0, 1, 100);
        note(DRUMS, 36, bar, 0, 1, 100);
    }

    // ---------------------------------------------------------------- events

    private static int velocity(char c) {
        return switch (c) {
            case 'X' -> 115;
            case 'x' -> 90;
            case 'o' -> 55;
            default -> 0;
        };
    }

    private void program(int channel, int program) {
        try {
            track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, program, 0), 0));
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException(e);
        }
    }

    private void note(int channel, int note, int bar, int step, int lengthSteps, int velocity) {
        noteAt(channel, note, bar, step, 0, lengthSteps, velocity);
    }

    /** A note at a 16th step of a bar (swung), humanized by a few milliseconds and a little velocity. */
    private void noteAt(int channel, int note, int bar, int step, double extraSteps, int lengthSteps, int velocity) {
        double beats = bar * beatsPerBar + swung(step) + extraSteps / steps;
        double jitterBeats = (random.nextGaussian() * jitterMs / 1000) * bpm / 60 / 2;
        long on;
        long off;
        if (warp != null) {
            double jitterSeconds = random.nextGaussian() * jitterMs / 1000 / 2;
            on = Math.max(0, Math.round((warp.applyAsDouble(beats) + jitterSeconds) * WARP_PPQ));
            off = Math.round(warp.applyAsDouble(beats + lengthSteps / (double) steps) * WARP_PPQ) - 40;
        } else {
            on = startTick + Math.max(0, Math.round((beats + jitterBeats) * PPQ));
            off = startTick + Math.round((beats + lengthSteps / (double) steps) * PPQ) - 10;
        }
        double fade = fadeBars > 0 ? Math.min(1, (bar + step / (double) (beatsPerBar * steps) + 0.3) / fadeBars) : 1;
        int v = (int) Math.round(velocity * gain * fade * (0.9 + 0.2 * random.nextDouble()));
        v = Math.max(1, Math.min(127, v));
        try {
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, channel, note, v), on));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, channel, note, 0), Math.max(on + 1, off)));
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException(e);
        }
    }

    private double swung(int step) {
        if (steps != 4) {
            // Compound time: the beat (a dotted quarter) is three even eighths.
            return step / (double) steps;
        }
        int beat = step / 4;
        int sub = step % 4;
        double f = switch (sub) {
            case 0 -> 0;
            case 1 -> swing / 2;
            case 2 -> swing;
            default -> swing + (1 - swing) / 2;
        };
        return beat + f;
    }

}
