package org.toetempo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the song-analysis evaluation set's MIDI files and its ground truth: {@code truth.csv} (tempo, first beat,
 * first downbeat, meter, intro) and {@code render.tsv} (how each file is rendered and encoded: sample rate and
 * LAME options, varied as users' files are). {@code bench/song-eval.sh} renders them with fluidsynth and LAME.
 *
 * <pre>SongSetGenerator OUT_DIR [COUNT] [SEED] [compound]</pre>
 *
 * With {@code compound}, only the compound-time styles (6/8, 12/8, a jig, a 12/8 shuffle), whose true tempo is the
 * dotted quarter; without it, the simple-time styles only, so the 120-song set is the same as before they existed.
 *
 * Styles take turns; tempos are drawn within each style's range (60 to 180 BPM overall); about half the songs
 * start at once, the rest after silence, a quiet intro, a pickup or a fade-in.
 */
public final class SongSetGenerator {

    private SongSetGenerator() {
    }

    private static final String[] LAME_OPTIONS = {"-b 128", "-b 192", "-V 2", "-V 5", "-b 96", "-b 256", "-V 4 -m m"};

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/toetempo-song-eval");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261122L;
        boolean compound = args.length > 3 && args[3].equals("compound");
        generate(out, count, seed, compound ? SongComposer.Style.compoundStyles() : SongComposer.Style.simple());
    }

    static List<SongComposer.Song> generate(Path out, int count, long seed) throws Exception {
        return generate(out, count, seed, SongComposer.Style.simple());
    }

    static List<SongComposer.Song> generate(Path out, int count, long seed, SongComposer.Style[] styles) throws Exception {
        Files.createDirectories(out);
        Random random = new Random(seed);
        List<SongComposer.Song> songs = new ArrayList<>();
        List<String> truth = new ArrayList<>(List.of(SongComposer.Song.csvHeader()));
        List<String> render = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SongComposer.Style style = styles[(i + (int) (seed % styles.length)) % styles.length];
            double bpm = style.minBpm + (style.maxBpm - style.minBpm) * random.nextDouble();
            double u = random.nextDouble();
            SongComposer.Intro intro = u < 0.5 ? SongComposer.Intro.NONE
                    : u < 0.65 ? SongComposer.Intro.SILENCE
                    : u < 0.8 ? SongComposer.Intro.QUIET
                    : u < 0.9 ? SongComposer.Intro.PICKUP : SongComposer.Intro.FADE_IN;
            double seconds = 30 + 30 * random.nextDouble();
            String id = String.format(Locale.ROOT, "s%03d-%s-%d", i, style.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    Math.round(bpm));
            songs.add(SongComposer.write(out.resolve(id + ".mid"), id, style, bpm, intro, seconds, random.nextLong()));
            truth.add(songs.get(songs.size() - 1).csv());
            int rate = random.nextInt(6) == 0 ? 48000 : 44100;
            render.add(id + "\t" + rate + "\t" + LAME_OPTIONS[random.nextInt(LAME_OPTIONS.length)]);
        }
        write(out.resolve("truth.csv"), truth);
        write(out.resolve("render.tsv"), render);
        return songs;
    }

    static List<SongComposer.Song> readTruth(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("truth.csv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(SongComposer.Song::parse).toList();
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
