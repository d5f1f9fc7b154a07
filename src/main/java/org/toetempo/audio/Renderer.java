package org.toetempo.audio;

import org.toetempo.routine.Side;
import org.toetempo.timing.BeatMark;
import org.toetempo.timing.Cue;
import org.toetempo.timing.CueType;
import org.toetempo.timing.TimedEvents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Mixes the beats and cues of an {@link EventSource} into stereo PCM, each sound starting exactly at the frame of
 * its clock time: {@code frame = round(clockNanos * 48000 / 1e9)} ({@link Pcm#frameOf}). Sounds that started before
 * a window ring on into it, so the output does not depend on how the frames are cut into windows. The same
 * object renders live (in {@link AudioEngine}) and offline, so what is written to a file is what is played.
 *
 * <p>Beat clicks and cue sounds are panned by the working foot: left foot to the left channel only, right foot
 * to the right channel only, both feet (or none) to the centre. A spoken cue cuts the previous one short (a 5 ms
 * fade), so a long announcement never talks over the next beat's word; of two spoken cues at the same instant
 * only the later is said (the phase's "up" rather than the exercise's name when a step starts without a lead-in).
 *
 * <p>A song ({@link #music(Music)}) is mixed under the cues where the source says it plays
 * ({@link EventSource#musicAt}), read frame by frame at the position the source gives for that frame's clock time,
 * so the song's beats and the cues' beats come from one clock. The song ducks under spoken cues, fades in and out
 * over a few milliseconds when it starts, stops or jumps (no clicks), and fades out over a few seconds when the
 * routine (or the song's part of it) ends. While it plays, beat clicks and phase tones are left out unless
 * {@link MixOptions#clickOverSong()}: the song is the beat.
 *
 * <p>Not thread-safe: one thread renders. {@link #mix(MixOptions)} may be called from any thread; it applies to
 * sounds that start after it.
 */
public final class Renderer {

    /** Receives every beat and cue as it is mixed in, with the frame it starts at. */
    public interface Listener {
        default void beat(long frame, long clockNanos, BeatMark beat) {
        }

        default void cue(long frame, long clockNanos, Cue cue) {
        }
    }

    /** Frames over which a spoken cue fades out when the next one starts. */
    static final int CHOKE_FRAMES = Pcm.SAMPLE_RATE / 200;
    /** How far back the renderer remembers what it started (for {@link #rewind} and {@link #catchUp}). */
    static final long HISTORY_FRAMES = 4L * Pcm.SAMPLE_RATE;

    private static final float CENTRE = (float) Math.sqrt(0.5);

    private final SoundKit kit;
    private final VoiceBank voices;
    private volatile MixOptions mix;
    private Listener listener = new Listener() { };

    private final List<Playing> playing = new ArrayList<>();
    private final ArrayDeque<Started> history = new ArrayDeque<>();
    private boolean holdOpen;
    private boolean holdOpenBeforeHistory;
    private long position;

    private final List<Pending> pending = new ArrayList<>();
    private final Collector collector = new Collector();
    private float[] scratch = new float[0];

    private volatile Music music;
    private final SongMixer songMixer = new SongMixer(this::markSpoken);
    private EventSource starting;

    public Renderer(SoundKit kit, VoiceBank voices, MixOptions mix) {
        this.kit = kit;
        this.voices = voices;
        this.mix = mix;
    }

    public MixOptions mix() {
        return mix;
    }

    public void mix(MixOptions options) {
        this.mix = options;
    }

    /** The song to mix where the source says one plays, or {@code null}. */
    public void music(Music song) {
        this.music = song;
    }

    public Music music() {
        return music;
    }

    public void listener(Listener newListener) {
        this.listener = newListener == null ? new Listener() { } : newListener;
    }

    /** The frame the next window starts at, unless told otherwise. */
    public long position() {
        return position;
    }

    /**
     * Renders frames {@code [startFrame, startFrame + frames)} into {@code out} (interleaved stereo floats,
     * overwritten). A window before the current position first {@link #rewind rewinds} to it; a window after it
     * skips the frames between (their events are never started). {@code source} may be {@code null} (only what
     * is already ringing is heard).
     */
    public void render(EventSource source, long startFrame, int frames, float[] out) {
        if (out.length < 2 * frames) {
            throw new IllegalArgumentException("buffer of " + out.length + " floats for " + frames + " stereo frames");
        }
        if (startFrame < position) {
            rewind(startFrame);
        }
        position = startFrame;
        long end = startFrame + frames;
        Arrays.fill(out, 0, 2 * frames, 0f);
        if (source != null && frames > 0) {
            collect(source, Pcm.startOfFrame(startFrame), Pcm.startOfFrame(end));
            starting = source;
            for (Pending p : pending) {
                start(p, p.frame);
            }
            pending.clear();
        }
        mixInto(out, startFrame, frames);
        songMixer.mix(source, music, mix, out, startFrame, frames);
        position = end;
        forget(end);
    }

    /** {@link #render(EventSource, long, int, float[])} into 16-bit little-endian PCM. */
    public void render(EventSource source, long startFrame, int frames, byte[] out) {
        if (scratch.length < 2 * frames) {
            scratch = new float[2 * frames];
        }
        render(source, startFrame, frames, scratch);
        Pcm.toPcm16(scratch, 2 * frames, out, 0);
    }

    /**
     * Forgets what was rendered from {@code frame} on (it was not played): sounds starting there are dropped and
     * the next window starts at {@code frame}. Sounds that started before keep ringing. At most
     * {@link #HISTORY_FRAMES} (4 s) back from the furthest frame rendered.
     */
    public void rewind(long frame) {
        if (frame < position - HISTORY_FRAMES) {
            throw new IllegalArgumentException("cannot rewind more than 4 s: from " + position + " to " + frame);
        }
        playing.removeIf(p -> p.start >= frame);
        for (Playing p : playing) {
            if (p.choke >= frame) {
                p.choke = Long.MAX_VALUE;
            }
        }
        while (!history.isEmpty() && history.peekLast().frame >= frame) {
            history.removeLast();
        }
        holdOpen = history.isEmpty() ? holdOpenBeforeHistory : history.peekLast().holdOpenAfter;
        position = frame;
        songMixer.restart();
    }

    /** Back to frame 0 with nothing ringing and nothing remembered. */
    public void reset() {
        playing.clear();
        songMixer.restart();
        forgetEvents();
        position = 0;
    }

    /**
     * Forgets which events were started (kept for {@link #catchUp}) and whether a hold is open: for a new source,
     * whose events have nothing to do with the old one's. Sounds already ringing ring on.
     */
    public void forgetEvents() {
        history.clear();
        holdOpen = false;
        holdOpenBeforeHistory = false;
    }

    /**
     * After a command that took effect at clock time {@code fromClock} or later but could only be rendered from
     * the current position (the frames before were already played): starts, late, at the current position every
     * event of {@code source} in {@code [fromClock, start of the current frame)} that was not started in the last
     * seconds. Returns how many were started.
     */
    public int catchUp(EventSource source, long fromClock) {
        long to = Pcm.startOfFrame(position);
        long from = Math.max(fromClock, Pcm.startOfFrame(position - HISTORY_FRAMES / 2));
        if (source == null || from >= to) {
            return 0;
        }
        collect(source, from, to);
        Set<Key> started = new HashSet<>();
        for (Started s : history) {
            started.add(s.key);
        }
        starting = source;
        int count = 0;
        for (Pending p : pending) {
            if (!started.contains(p.key())) {
                start(p, position);
                count++;
            }
        }
        pending.clear();
        return count;
    }

    // ------------------------------------------------------------------ events

    private void collect(EventSource source, long fromClock, long toClock) {
        pending.clear();
        source.eventsBetween(fromClock, toClock, collector);
        pending.sort(Comparator.comparingLong((Pending p) -> p.frame).thenComparingInt(p -> p.order));
    }

    private final class Collector implements TimedEvents {
        @Override
        public void beat(long clockNanos, BeatMark beat) {
            pending.add(new Pending(Pcm.frameOf(clockNanos), clockNanos, pending.size(), beat, null));
        }

        @Override
        public void cue(long clockNanos, Cue cue) {
            pending.add(new Pending(Pcm.frameOf(clockNanos), clockNanos, pending.size(), null, cue));
        }
    }

    private void start(Pending p, long frame) {
        MixOptions m = mix;
        if (p.beat != null) {
            BeatMark beat = p.beat;
            if (m.mode().clicks() && (m.clickOverSong() || !songHeard(p.clock))) {
                add(kit.click(beat.accent()), frame, beat.side(), m.clickVolume(), false);
            }
            history.addLast(new Started(frame, p.key(), holdOpen));
            listener.beat(frame, p.clock, beat);
            return;
        }
        Cue cue = p.cue;
        boolean closesHold = holdOpen && (cue.type() == CueType.PHASE || cue.type() == CueType.REP_COMPLETE);
        switch (cue.type()) {
            case HOLD_START -> holdOpen = true;
            case COUNTDOWN, COUNT_IN, PROMPT -> { }
            default -> holdOpen = false;
        }
        boolean countdownHeard = cue.type() != CueType.COUNTDOWN || cue.value() <= m.countdownFrom();
        if (m.mode().clicks()) {
            double v = m.clickVolume();
            if (closesHold) {
                add(kit.holdEnd(), frame, cue.side(), v, false);
            }
            Snippet tone = switch (cue.type()) {
                case PHASE -> m.clickOverSong() || !songHeard(p.clock) ? kit.phase(cue.phase(), cue.part()) : null;
                case HOLD_START -> kit.holdStart();
                case REST_START -> kit.restStart();
                case SWITCH_SIDE -> kit.switchSide();
                case ROUTINE_END -> kit.routineEnd();
                case COUNTDOWN -> countdownHeard ? kit.countdown() : null;
                default -> null;
            };
            if (tone != null) {
                add(tone, frame, cue.side(), v, false);
            }
        }
        if (m.mode().voice() && countdownHeard && m.voiceVolume() > 0) {
            voices.clipFor(cue).ifPresent(clip -> add(clip, frame, cue.side(), m.voiceVolume(), true));
        }
        history.addLast(new Started(frame, p.key(), holdOpen));
        listener.cue(frame, p.clock, cue);
    }

    private void add(Snippet sound, long frame, Side side, double volume, boolean spoken) {
        if (volume <= 0 || sound.length() == 0) {
            return;
        }
        float left = side == Side.LEFT ? 1f : side == Side.RIGHT ? 0f : CENTRE;
        float right = side == Side.RIGHT ? 1f : side == Side.LEFT ? 0f : CENTRE;
        if (spoken) {
            // Of two words at one instant only the later is said (a phase's word over the exercise's name);
            // a word still being said is faded out.
            playing.removeIf(p -> p.spoken && p.start == frame);
            for (Playing p : playing) {
                if (p.spoken && p.start < frame && p.end() > frame && p.choke > frame) {
                    p.choke = frame;
                }
            }
        }
        playing.add(new Playing(sound.data(), frame, (float) (left * volume), (float) (right * volume), spoken));
    }

    private boolean songHeard(long clockNanos) {
        return music != null && starting != null && starting.musicAt(clockNanos) != null;
    }

    // ------------------------------------------------------------------ mixing

    private void mixInto(float[] out, long w0, int frames) {
        long w1 = w0 + frames;
        for (Playing p : playing) {
            long end = p.end();
            long from = Math.max(w0, p.start);
            long to = Math.min(w1, end);
            for (long f = from; f < to; f++) {
                float s = p.data[(int) (f - p.start)];
                if (f >= p.choke) {
                    s *= 1f - (f - p.choke + 1) / (float) CHOKE_FRAMES;
                }
                int o = (int) (f - w0) * 2;
                out[o] += s * p.left;
                out[o + 1] += s * p.right;
            }
        }
    }

    /** Marks the frames of {@code [w0, w0 + frames)} in which a spoken cue sounds (the music ducks under them). */
    private void markSpoken(long w0, int frames, boolean[] voiced) {
        long w1 = w0 + frames;
        for (Playing p : playing) {
            if (p.spoken) {
                for (long f = Math.max(w0, p.start), to = Math.min(w1, p.end()); f < to; f++) {
                    voiced[(int) (f - w0)] = true;
                }
            }
        }
    }

    /** Drops sounds and history older than {@link #HISTORY_FRAMES}. */
    private void forget(long now) {
        // Kept while a rewind could still need them (their tail, or their end if a later word that cut them short
        // is rewound away).
        playing.removeIf(p -> p.start + p.data.length <= now - HISTORY_FRAMES);
        Iterator<Started> it = history.iterator();
        while (it.hasNext()) {
            Started s = it.next();
            if (s.frame >= now - HISTORY_FRAMES) {
                break;
            }
            holdOpenBeforeHistory = s.holdOpenAfter;
            it.remove();
        }
    }

    /** Sounds still ringing (for tests and diagnostics). */
    int playingCount() {
        return playing.size();
    }

    private static final class Playing {
        final float[] data;
        final long start;
        final float left;
        final float right;
        final boolean spoken;
        long choke = Long.MAX_VALUE;

        Playing(float[] data, long start, float left, float right, boolean spoken) {
            this.data = data;
            this.start = start;
            this.left = left;
            this.right = right;
            this.spoken = spoken;
        }

        long end() {
            long natural = start + data.length;
            return choke == Long.MAX_VALUE ? natural : Math.min(natural, choke + CHOKE_FRAMES);
        }
    }

    /** What identifies an event across re-anchoring and tempo changes (not its time). */
    private record Key(CueType type, long beat, int step, int set, int rep, int value, String text, Side side) {
    }

    private record Pending(long frame, long clock, int order, BeatMark beat, Cue cue) {
        Key key() {
            if (beat != null) {
                return new Key(null, beat.index(), 0, 0, 0, 0, null, beat.side());
            }
            return new Key(cue.type(), cue.beat(), cue.step(), cue.set(), cue.rep(), cue.value(), cue.text(), cue.side());
        }
    }

    private record Started(long frame, Key key, boolean holdOpenAfter) {
    }
}
