package org.toetempo.bench;

import java.nio.file.Path;
import java.util.Locale;

/** Writes the demo song's MIDI file and prints its true tempo and first beat ({@code audio/demo/make-demo.sh}). */
public final class DemoSong {

    private DemoSong() {
    }

    public static void main(String[] args) throws Exception {
        Path midi = Path.of(args.length > 0 ? args[0] : "toe-tempo-demo.mid");
        SongComposer.Song song = SongComposer.writeDemo(midi);
        System.out.printf(Locale.ROOT, "%s: %.5f BPM, first beat (a downbeat) at %.4f s, music ends at %.3f s%n", midi,
                song.bpm(), song.firstBeat(), song.endSeconds());
    }
}
