#!/usr/bin/env bash
# The song-analysis evaluation of docs/benchmarks.md ("Song analysis"), from nothing:
#   bench/song-eval.sh [DIR] [COUNT] [SEED] [compound]
# 1. writes COUNT General MIDI songs with known tempo and beats (SongSetGenerator; default 120, seed 20261122),
# 2. renders them with fluidsynth and Debian's FluidR3 GM soundfont and encodes them with LAME (song-render.sh),
# 3. analyses every MP3 with Toe Tempo (in one warm JVM) and with aubio, bpm-tools and npm's music-tempo,
#    and prints the table. With "compound", only 6/8 and 12/8 songs (their tempo is the dotted quarter). The audio stays in DIR (default /tmp/toetempo-song-eval), out of the repository.
# Needs: apt-get install fluidsynth fluid-soundfont-gm lame ffmpeg aubio-tools bpm-tools nodejs npm
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/toetempo-song-eval}
count=${2:-120}
seed=${3:-20261122}
set=${4:-}
tools=${TOOLS:-ours,aubio,bpm,music-tempo}
if [[ $tools == *music-tempo* ]]; then
  mt=${MUSIC_TEMPO_DIR:-/tmp/toetempo-music-tempo}
  [ -d "$mt/node_modules/music-tempo" ] || npm install --silent --prefix "$mt" music-tempo@1.0.3 >/dev/null
  export NODE_PATH="$mt/node_modules"
fi
./mvnw -B -q test-compile
run() { ./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass="$1" -Dexec.args="$2"; }
[ -f "$dir/truth.csv" ] || run org.toetempo.bench.SongSetGenerator "$dir $count $seed $set"
bench/song-render.sh "$dir"
run org.toetempo.bench.SongEvaluation "$dir --tools $tools ${VERBOSE:+--verbose}"
