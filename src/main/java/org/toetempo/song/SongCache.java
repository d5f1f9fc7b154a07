package org.toetempo.song;

import org.toetempo.files.RegularFiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.toetempo.files.AtomicFiles;
import org.toetempo.song.analysis.SongAnalysis;
import org.toetempo.song.analysis.SongAnalyzer;
import org.toetempo.song.decode.AudioFiles;
import org.toetempo.timing.BeatMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Song analyses and the user's corrections, one small JSON file per song named by the SHA-256 of the song's bytes,
 * in a folder the caller chooses (the app's data folder, say {@code songs/}). Files are written atomically
 * ({@link AtomicFiles}); a damaged or foreign file reads as absent and is replaced on the next write. So a song is
 * analysed once, wherever it is moved or however it is renamed, and the user's corrections come back with it.
 *
 * <pre>{"format":1, "sha256":"…", "analyzer":1,
 *  "analysis":{"bpm":112.0, "first_beat_s":0.512, "confidence":0.93, "duration_s":75.4, "analysis_s":0.21,
 *              "downbeat":1, "beats_per_bar":4, "beats_s":[0.0, 0.512, …], "beat_confidence":[0.8, 0.9, …]},
 *  "corrections":{"bpm":null, "first_beat_s":0.522}}</pre>
 */
public final class SongCache {

    private static final int FORMAT = 1;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path directory;

    public SongCache(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /**
     * A cached song: its analysis (null when there is none, or it was made by another analyzer version and should
     * be done again) and the user's corrections.
     */
    public record Entry(String sha256, SongAnalysis analysis, SongCorrections corrections) {

        /**
         * The beats to play: the analysis' map (tracked, or the steady grid of its tempo) with the user's corrections
         * applied to it, a typed or tapped tempo first ({@link BeatMap#withTempo}), then a moved first beat (every
         * beat moves with it); {@code null} when there is neither a beat found nor a tempo from the user.
         */
        public BeatMap beatMap() {
            BeatMap map = analysis == null ? null : analysis.beatMap();
            double duration = analysis != null && analysis.durationSeconds() > 0 ? analysis.durationSeconds() : 3600;
            if (corrections.bpm() != null) {
                map = map == null
                        ? BeatMap.constant(corrections.bpm(), corrections.firstBeatSeconds() != null
                                ? corrections.firstBeatSeconds() : 0, duration, 4)
                        : map.withTempo(corrections.bpm(), duration);
            }
            if (map != null && corrections.firstBeatSeconds() != null) {
                map = map.withFirstDownbeat(corrections.firstBeatSeconds());
            }
            return map;
        }

        /** The tempo to play: the median of the corrected map (0 when there is no beat). */
        public double bpm() {
            BeatMap map = beatMap();
            return map == null ? 0 : map.medianBpm();
        }

        /** The first downbeat to play, in seconds of the song. */
        public double firstBeatSeconds() {
            BeatMap map = beatMap();
            return map == null ? 0 : map.firstDownbeatSeconds();
        }
    }

    /** An analysis file is a few hundred bytes; anything past this is not one of ours. */
    private static final long MAX_ENTRY_BYTES = 1 << 20;

    /** The cached entry for a song's hash, if there is a readable one. */
    public Optional<Entry> get(String sha256) {
        Path file = file(sha256);
        byte[] bytes;
        try {
            bytes = RegularFiles.read(file, MAX_ENTRY_BYTES);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || root.path("format").asInt() != FORMAT || !sha256.equals(root.path("sha256").asText())) {
                return Optional.empty();
            }
            SongAnalysis analysis = null;
            JsonNode a = root.path("analysis");
            if (a.isObject() && root.path("analyzer").asInt() == SongAnalyzer.VERSION) {
                analysis = new SongAnalysis(a.path("bpm").asDouble(), a.path("first_beat_s").asDouble(),
                        a.path("confidence").asDouble(), a.path("duration_s").asDouble(), a.path("analysis_s").asDouble(),
                        beats(a));
            }
            JsonNode c = root.path("corrections");
            SongCorrections corrections = new SongCorrections(number(c.path("bpm")), number(c.path("first_beat_s")));
            return Optional.of(new Entry(sha256, analysis, corrections));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stores a song's analysis (may be null) and corrections, replacing what was cached. */
    public void put(String sha256, SongAnalysis analysis, SongCorrections corrections) throws IOException {
        Path file = file(sha256);
        SongCorrections c = corrections == null ? SongCorrections.NONE : corrections;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("sha256", sha256);
            g.writeNumberField("analyzer", SongAnalyzer.VERSION);
            if (analysis == null) {
                g.writeNullField("analysis");
            } else {
                g.writeObjectFieldStart("analysis");
                g.writeNumberField("bpm", analysis.bpm());
                g.writeNumberField("first_beat_s", analysis.firstBeatSeconds());
                g.writeNumberField("confidence", analysis.confidence());
                g.writeNumberField("duration_s", analysis.durationSeconds());
                g.writeNumberField("analysis_s", analysis.analysisSeconds());
                if (analysis.beats() != null) {
                    writeBeats(g, analysis.beats());
                }
                g.writeEndObject();
            }
            g.writeObjectFieldStart("corrections");
            writeNumberOrNull(g, "bpm", c.bpm());
            writeNumberOrNull(g, "first_beat_s", c.firstBeatSeconds());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        AtomicFiles.write(file, out.toByteArray());
    }

    /** Stores new corrections, keeping the cached analysis. */
    public void putCorrections(String sha256, SongCorrections corrections) throws IOException {
        put(sha256, get(sha256).map(Entry::analysis).orElse(null), corrections);
    }

    /**
     * The song's entry, analysing the file only when its content has no current analysis cached (the corrections
     * are kept). The analysis' {@code analysisSeconds} is that of the run that made it.
     */
    public Entry analyze(Path song) throws IOException {
        long start = System.nanoTime();
        ByteBuffer bytes = AudioFiles.open(song);
        String hash = SongAnalyzer.sha256(bytes);
        Optional<Entry> cached = get(hash);
        if (cached.isPresent() && cached.get().analysis() != null) {
            return cached.get();
        }
        SongAnalysis analysis = SongAnalyzer.stream(bytes, null, true, fraction -> { }, start).analysis();
        SongCorrections corrections = cached.map(Entry::corrections).orElse(SongCorrections.NONE);
        put(hash, analysis, corrections);
        return new Entry(hash, analysis, corrections);
    }

    private Path file(String sha256) {
        if (sha256 == null || !HASH.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return directory.resolve(sha256 + ".json");
    }

    /** The tracked beats of a cached analysis: times exact (a cached song plays as a fresh one), confidences to the hundredth. */
    private static void writeBeats(JsonGenerator g, BeatMap map) throws IOException {
        g.writeNumberField("downbeat", map.downbeat());
        g.writeNumberField("beats_per_bar", map.beatsPerBar());
        g.writeArrayFieldStart("beats_s");
        for (int i = 0; i < map.size(); i++) {
            g.writeNumber(map.time(i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("beat_confidence");
        for (int i = 0; i < map.size(); i++) {
            g.writeNumber(Math.round(map.confidence(i) * 100) / 100.0);
        }
        g.writeEndArray();
    }

    /** The beats of a cached analysis, or null when it has none (a steady-tempo analysis). */
    private static BeatMap beats(JsonNode a) {
        JsonNode times = a.path("beats_s");
        JsonNode conf = a.path("beat_confidence");
        if (!times.isArray() || times.size() < 2 || conf.size() != times.size()) {
            return null;
        }
        double[] t = new double[times.size()];
        float[] c = new float[times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.get(i).asDouble();
            c[i] = (float) conf.get(i).asDouble();
        }
        return BeatMap.of(t, c, a.path("downbeat").asInt(), Math.max(1, a.path("beats_per_bar").asInt(4)));
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static void writeNumberOrNull(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
