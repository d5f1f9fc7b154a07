#!/usr/bin/env bash
# Song mode against the truth (docs/benchmarks.md, "Song mode: cues on the song's beat"):
#   bench/song-sync.sh [BPM] [SECONDS] [STYLE] [RATE]      (defaults: 97 BPM, 300 s, POP, 1.0)
# 1. composes a song of known tempo and beat (SongComposer), renders it with fluidsynth and Debian's FluidR3 GM
#    soundfont and encodes it to MP3 with LAME, as a user would have it;
# 2. loads it as the app does (decode, analysis), plays Musical Toes to it in every block with the click over the
#    song, finds every click in the output and reports how far each is from the song's true beat there.
# Also writes the mix (music, clicks and voice) to DIR/mix.wav for listening and for the live check.
# Needs: apt-get install fluidsynth fluid-soundfont-gm lame
set -euo pipefail
cd "$(dirname "$0")/.."
bpm=${1:-97}
seconds=${2:-300}
style=${3:-POP}
rate=${4:-1.0}
dir=${DIR:-/tmp/toetempo-song-sync}
mkdir -p "$dir"
./mvnw -B -q test-compile
run() { ./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass="$1" -Dexec.args="$2"; }
truth=$(run org.toetempo.bench.DemoSong "$dir/song.mid $bpm $seconds $style")
echo "$truth"
true_bpm=$(sed -E 's/.*: ([0-9.]+) BPM.*/\1/' <<<"$truth")
true_first=$(sed -E 's/.*first beat \(a downbeat\) at ([0-9.]+) s.*/\1/' <<<"$truth")
fluidsynth -ni -q -g 0.9 -r 44100 -F "$dir/song.wav" /usr/share/sounds/sf2/FluidR3_GM.sf2 "$dir/song.mid" >/dev/null
lame --quiet -V 2 "$dir/song.wav" "$dir/song.mp3"
run org.toetempo.bench.SongSyncBenchmark "$dir/song.mp3 $true_bpm $true_first musical-toes $rate $dir/mix.wav"
