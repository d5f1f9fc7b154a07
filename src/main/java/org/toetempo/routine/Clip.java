package org.toetempo.routine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A video of the exercise, recorded by the physio, and where one rep is in it. The video lives in the user's clip
 * folder under its content's SHA-256 (never where it was picked from), so a routine names it by that hash.
 *
 * @param file          the stored video's name: 64 lower-case hex digits of its SHA-256 and {@code .mp4} or {@code .m4v}
 * @param repInSeconds  where one rep starts in the video
 * @param repOutSeconds where it ends (the next rep would start here)
 */
public record Clip(String file, double repInSeconds, double repOutSeconds) {

    /** A stored clip's name. */
    public static final Pattern FILE = Pattern.compile("[0-9a-f]{64}\\.(mp4|m4v)");
    /** The shortest rep a clip may mark: shorter ones would play at silly speeds. */
    public static final double MIN_REP_SECONDS = 0.2;
    /** The latest rep end a clip may mark: clips are short demonstrations. */
    public static final double MAX_SECONDS = 600;

    public Clip {
        if (file == null || !FILE.matcher(file).matches()) {
            throw new IllegalArgumentException("not a stored clip's name: " + file);
        }
        if (!(repInSeconds >= 0 && repOutSeconds - repInSeconds >= MIN_REP_SECONDS - 1e-9 && repOutSeconds <= MAX_SECONDS)) {
            throw new IllegalArgumentException("bad rep in/out: " + repInSeconds + " to " + repOutSeconds);
        }
    }

    /** The video's content hash (its name without the extension). */
    public String sha256() {
        return file.substring(0, 64);
    }

    /** {@code mp4} or {@code m4v}. */
    public String extension() {
        return file.substring(65).toLowerCase(Locale.ROOT);
    }

    /** How long one rep lasts in the video. */
    public double repSeconds() {
        return repOutSeconds - repInSeconds;
    }

    public Clip withRep(double in, double out) {
        return new Clip(file, in, out);
    }
}
