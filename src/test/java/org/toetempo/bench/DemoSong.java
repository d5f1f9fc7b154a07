package org.toetempo.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the demo song's MIDI file and prints its true tempo and first beat ({@code audio/demo/make-demo.sh}).
 * With {@code MIDI BPM SECONDS STYLE}: a song of any length in one of the evaluation set's styles (for the
 * five-minute song-mode measurement, {@code bench/song-sync.sh}).
 */
public final class DemoSong {

    private DemoSong() {
    }

    public static void main(String[] args) throws Exception {
        Path midi = Path.of(args.length > 0 ? args[0] : "toe-tempo-demo.mid");
        SongComposer.Song song = args.length >= 4
                ? SongComposer.write(midi, "long", SongComposer.Style.valueOf(args[3]), Double.parseDouble(args[1]),
                        SongComposer.Intro.NONE, Double.parseDouble(args[2]), 7)
                : SongComposer.writeDemo(midi);
        System.out.printf(Locale.ROOT, "%s: %.5f BPM, first beat (a downbeat) at %.4f s, music ends at %.3f s%n", midi,
                song.bpm(), song.firstBeat(), song.endSeconds());
    }
}
