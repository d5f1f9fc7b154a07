package org.toetempo.timing;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.toetempo.routine.Routine;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the song is, as the mixer asks for it, and changing the song's options while playing. */
class SessionMusicTest {

    private static final long SECOND = 1_000_000_000L;

    private final Routine musicalToes = Routines.builtIn("musical-toes");

    @Test
    void atEveryBeatOfTheSongBlockTheSongIsOnOneOfItsOwnBeats() {
        for (double rate : new double[] {0.5, 0.8, 1.0, 1.37, 1.5}) {
            SongTiming song = new SongTiming(112, 0.2679, rate, 95);
            VirtualClock clock = new VirtualClock();
            clock.set(5 * SECOND);
            Session session = new Session(musicalToes, PlayOptions.defaults().withSong(song, false), clock);
            session.play();
            Schedule schedule = session.schedule();
            Schedule.SongSpan span = schedule.songSpans().get(0);
            int checked = 0;
            for (BeatMark beat : schedule.beats()) {
                if (beat.nanos() < span.startNanos() || beat.nanos() >= span.endNanos()) {
                    assertThat(session.musicAt(5 * SECOND + beat.nanos())).isNull();
                    continue;
                }
                MusicPosition at = session.musicAt(5 * SECOND + beat.nanos());
                double songSeconds = at.songNanos() / 1e9;
                double beatsIn = (songSeconds - 0.2679) * 112 / 60;
                assertThat(Math.abs(beatsIn - Math.rint(beatsIn)) * 60 / 112)
                        .as("song beat at %.3f s, rate %s", songSeconds, rate).isLessThan(1e-6);
                assertThat(at.song().rate()).isEqualTo(rate);
                checked++;
            }
            assertThat(checked).isGreaterThan(40);
        }
    }

    @Test
    void noMusicWhilePausedOrBeforeTheSongsBlockAndItResumesWhereItStopped() {
        SongTiming song = new SongTiming(100, 0.5, 1.0, 120);
        VirtualClock clock = new VirtualClock();
        Session session = new Session(musicalToes, PlayOptions.defaults().withSong(song, false), clock);
        assertThat(session.musicAt(0)).as("not started").isNull();
        session.play();
        long songStart = session.schedule().songSpans().get(0).startNanos();
        assertThat(session.musicAt(songStart - 1)).isNull();
        assertThat(session.musicAt(songStart).songNanos()).isZero();
        clock.set(songStart + 7 * SECOND);
        session.pause();
        assertThat(session.musicAt(songStart + 7 * SECOND)).isNull();
        clock.set(songStart + 3600 * SECOND);
        session.resume();
        assertThat(session.musicAt(songStart + 3600 * SECOND).songNanos()).isEqualTo(7 * SECOND);
    }

    @Test
    void aSongEverywhereStopsAtTheRoutinesEndWithTheTimeLeftCountingDown() {
        SongTiming song = new SongTiming(120, 0, 1.0, 40);
        VirtualClock clock = new VirtualClock();
        Session session = new Session(Routines.builtIn("toe-fan-routine"), PlayOptions.defaults().withSong(song, true), clock);
        session.play();
        Schedule schedule = session.schedule();
        assertThat(schedule.songSpans()).hasSize(1);
        assertThat(schedule.songSpans().get(0).endNanos()).isEqualTo(schedule.totalNanos());
        long end = schedule.totalNanos();
        assertThat(session.musicAt(end - SECOND).spanLeftNanos()).isEqualTo(SECOND);
        assertThat(session.musicAt(end - SECOND).songNanos()).as("unwrapped: longer than the 40 s song")
                .isEqualTo(end - SECOND - schedule.songSpans().get(0).startNanos());
        assertThat(session.musicAt(end)).isNull();
    }

    @Test
    void changingTheSpeedWhilePlayingKeepsThePlaceAndTheMusicGoesOnWithoutAGap() {
        SongTiming song = new SongTiming(112, 0.2679, 1.0, 600);
        VirtualClock clock = new VirtualClock();
        Session session = new Session(musicalToes, PlayOptions.defaults().withSong(song, true), clock);
        session.setCommandLead(100_000_000L);
        session.play();
        long t = 30 * SECOND + 123_456_789L;
        clock.set(t);
        Snapshot before = session.snapshot();
        session.changeOptions(session.options().withSong(new SongTiming(112, 0.2679, 0.75, 600), true));
        assertThat(session.musicAt(t + 99_000_000L).song().rate()).as("the old speed until the lead is over").isEqualTo(1.0);
        MusicPosition old = session.musicAt(t + 100_000_000L - 1);
        MusicPosition changed = session.musicAt(t + 100_000_000L);
        assertThat(changed.song().rate()).isEqualTo(0.75);
        assertThat(Math.abs(changed.songNanos() - old.songNanos()))
                .as("same place in the song, to within the part of a beat the lead covered").isLessThan(60 * SECOND / 112);
        clock.set(t + 200_000_000L);
        Snapshot after = session.snapshot();
        assertThat(after.stepIndex()).isEqualTo(before.stepIndex());
        assertThat(after.rep()).isEqualTo(before.rep());
        assertThat(after.bpm()).isCloseTo(112 * 0.75, Offset.offset(1e-9));
    }

    @Test
    void loadingASongWhilePausedPutsTheSessionAtTheSamePlace() {
        VirtualClock clock = new VirtualClock();
        Session session = new Session(musicalToes, PlayOptions.defaults(), clock);
        session.jumpToStep(3);
        session.play();
        clock.set(clock.nanos() + 4 * SECOND);
        session.pause();
        Snapshot before = session.snapshot();
        session.changeOptions(PlayOptions.defaults().withSong(new SongTiming(128, 0.1, 1.0, 300), true));
        Snapshot after = session.snapshot();
        assertThat(after.stepIndex()).isEqualTo(before.stepIndex());
        assertThat(after.activity()).isEqualTo(before.activity());
        assertThat(session.options().song().bpm()).isEqualTo(128);
        assertThat(session.state()).isEqualTo(Session.State.PAUSED);
    }
}
