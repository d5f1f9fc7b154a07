#!/usr/bin/env bash
# The beat-tracking benchmark of docs/benchmarks.md ("Song mode on songs whose tempo moves"), from nothing:
#   bench/beats.sh [DIR]
# 1. writes 14 full-length General MIDI songs whose tempo drifts, pushes, speeds up for a bridge or slows down at
#    the end (and two steady ones), in several styles with and without drums, with their true beat times
#    (TempoMapSongs; notes warped at one fixed MIDI tempo, as fluidsynth rounds tempo events),
# 2. renders them with fluidsynth and Debian's FluidR3 GM soundfont and encodes them with LAME (song-render.sh),
# 3. end to end, `render musical-toes --song SONG --song-everywhere --cues X.csv` for each, every phase cue
#    measured against the true beats; and aubio `beat` and npm's music-tempo on the same songs (BeatBenchmark).
# Needs: apt-get install fluidsynth fluid-soundfont-gm lame ffmpeg aubio-tools nodejs npm
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/toetempo-beats}
mt=${MUSIC_TEMPO_DIR:-/tmp/toetempo-music-tempo}
[ -d "$mt/node_modules/music-tempo" ] || npm install --silent --prefix "$mt" music-tempo@1.0.3 >/dev/null
export NODE_PATH="$mt/node_modules"
./mvnw -B -q test-compile
run() { ./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass="$1" -Dexec.args="$2"; }
ls "$dir"/*.beats >/dev/null 2>&1 || run org.toetempo.bench.TempoMapSongs "$dir"
bench/song-render.sh "$dir"
run org.toetempo.bench.BeatBenchmark "$dir ${TOOLS:+--tools $TOOLS}"
