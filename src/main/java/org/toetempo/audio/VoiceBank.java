package org.toetempo.audio;

import org.toetempo.timing.Cue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Spoken cue words: short WAVs (48 kHz, mono, 16-bit) named by the slug of their text, made by
 * {@code audio/generate-voice.sh} and packaged in the jar under {@code audio/voice/}. Clips are loaded on first
 * use and kept; a word with no clip is simply not spoken (the click still sounds).
 *
 * <p>On loading, anything quieter than {@link #ONSET_THRESHOLD} before the word is cut, so a clip's onset is its
 * sample 0 and a spoken cue starts exactly on its beat. Thread-safe.
 */
public final class VoiceBank {

    /** Where the built-in clips live on the classpath. */
    public static final String RESOURCE_DIR = "audio/voice/";
    /** Samples before the first one at least this loud (about -34 dBFS) are trimmed from a clip. */
    public static final float ONSET_THRESHOLD = 0.02f;

    private static final Logger LOG = Logger.getLogger(VoiceBank.class.getName());
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** Silence between an exercise's name and its foot. */
    static final int PHRASE_GAP = Pcm.SAMPLE_RATE * 70 / 1000;

    private final Function<String, InputStream> opener;
    private final VoicePhrases phrases;
    private final Map<String, Optional<Snippet>> clips = new ConcurrentHashMap<>();

    private VoiceBank(Function<String, InputStream> opener) {
        this(opener, VoicePhrases.ENGLISH);
    }

    private VoiceBank(Function<String, InputStream> opener, VoicePhrases phrases) {
        this.opener = opener;
        this.phrases = phrases;
    }

    /** The English clips packaged with the app. */
    public static VoiceBank builtIn() {
        return builtIn("en");
    }

    /**
     * The clips packaged with the app for a language code: English under {@code audio/voice/}, every other
     * language under {@code audio/voice/CODE/} (German: "de"). A language without clips speaks English.
     */
    public static VoiceBank builtIn(String language) {
        ClassLoader loader = VoiceBank.class.getClassLoader();
        VoicePhrases phrases = VoicePhrases.of(language);
        String dir = phrases == VoicePhrases.ENGLISH ? RESOURCE_DIR : RESOURCE_DIR + phrases.language() + "/";
        return new VoiceBank(slug -> loader.getResourceAsStream(dir + slug + ".wav"), phrases);
    }

    /** The language this bank speaks ("en", "de"). */
    public String language() {
        return phrases.language();
    }

    /** Clips from a folder of {@code SLUG.wav} files (e.g. the {@code audio/voice} folder of a checkout). */
    public static VoiceBank fromDirectory(Path directory) {
        return fromDirectory(directory, "en");
    }

    /** Clips of a language from a folder of {@code SLUG.wav} files (e.g. {@code audio/voice/de}). */
    public static VoiceBank fromDirectory(Path directory, String language) {
        return new VoiceBank(slug -> {
            Path file = directory.resolve(slug + ".wav");
            try {
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            } catch (IOException e) {
                return null;
            }
        }, VoicePhrases.of(language));
    }

    /** A bank with no clips: nothing is ever spoken. */
    public static VoiceBank none() {
        return new VoiceBank(slug -> null);
    }

    /**
     * Lower case, German letters spelt out (ä → ae, ö → oe, ü → ue, ß → ss), every run of other characters than
     * a-z and 0-9 turned into one '-', none at either end. The generator script uses the same rule.
     */
    public static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        String s = NOT_SLUG.matcher(lower).replaceAll("-");
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }

    /** "one" … "ten" for 1 … 10, else {@code null}. */
    public static String numberWord(int n) {
        return VoicePhrases.ENGLISH.number(n);
    }

    /** The clip of a word or phrase, if there is one. */
    public Optional<Snippet> clip(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String slug = slug(text);
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        return clips.computeIfAbsent(slug, this::load);
    }

    /**
     * What to say for a cue, if anything: a phase's or hold's cue word; the number of a count-in or countdown;
     * "switch to the left foot"; an exercise's name followed by its foot ("right foot", "left foot",
     * "both feet"); "rest"; "well done" at the end.
     */
    public Optional<Snippet> clipFor(Cue cue) {
        return switch (cue.type()) {
            case PHASE -> clip(cue.text());
            // A hold without a cue word of its own is "hold" from the compiler, whatever the language.
            case HOLD_START -> clip("hold".equals(cue.text()) ? phrases.hold() : cue.text());
            case COUNT_IN, COUNTDOWN -> clip(phrases.number(cue.value()));
            case SWITCH_SIDE -> cue.side() == null ? Optional.empty() : clip(phrases.switchTo(cue.side()));
            case EXERCISE_START -> exerciseStart(cue);
            case REST_START -> clip(phrases.rest());
            case ROUTINE_END -> clip(phrases.wellDone());
            default -> Optional.empty();
        };
    }

    private Optional<Snippet> exerciseStart(Cue cue) {
        String name = cue.exerciseName();
        String foot = phrases.foot(cue.side());
        Optional<Snippet> first = clip(name);
        Optional<Snippet> second = clip(foot);
        if (first.isEmpty() || second.isEmpty()) {
            return first.isPresent() ? first : second;
        }
        String key = "\u0000" + slug(name) + "+" + slug(foot);
        return clips.computeIfAbsent(key, k -> Optional.of(join(first.get(), second.get())));
    }

    private static Snippet join(Snippet a, Snippet b) {
        float[] out = new float[a.length() + PHRASE_GAP + b.length()];
        System.arraycopy(a.data(), 0, out, 0, a.length());
        System.arraycopy(b.data(), 0, out, a.length() + PHRASE_GAP, b.length());
        return new Snippet("voice:" + a.name().substring(6) + "+" + b.name().substring(6), out);
    }

    private Optional<Snippet> load(String slug) {
        InputStream raw = opener.apply(slug);
        if (raw == null) {
            return Optional.empty();
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
            AudioFormat f = in.getFormat();
            if (f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || f.getSampleSizeInBits() != 16
                    || Math.round(f.getSampleRate()) != Pcm.SAMPLE_RATE || f.getChannels() != 1) {
                LOG.warning(() -> "voice clip " + slug + ".wav is " + f + ", not 48 kHz mono 16-bit; not used");
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            int n = bytes.length / 2;
            float[] samples = new float[n];
            for (int i = 0; i < n; i++) {
                int lo = bytes[2 * i] & 0xff;
                int hi = bytes[2 * i + 1];
                int v = f.isBigEndian() ? ((bytes[2 * i] << 8) | (bytes[2 * i + 1] & 0xff)) : ((hi << 8) | lo);
                samples[i] = v / 32768f;
            }
            int onset = 0;
            while (onset < n && Math.abs(samples[onset]) < ONSET_THRESHOLD) {
                onset++;
            }
            if (onset == n) {
                return Optional.empty();
            }
            float[] trimmed = new float[n - onset];
            System.arraycopy(samples, onset, trimmed, 0, trimmed.length);
            return Optional.of(new Snippet("voice:" + slug, trimmed));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "cannot read voice clip " + slug + ".wav", e);
            return Optional.empty();
        } finally {
            try {
                raw.close();
            } catch (IOException ignored) {
                // already closed with the audio stream
            }
        }
    }
}
