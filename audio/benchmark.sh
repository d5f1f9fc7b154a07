#!/usr/bin/env bash
# Live timing benchmark of the audio engine against the naive approach (docs/benchmarks.md, "Audio").
#
#   ./mvnw -B -q -DskipTests package test-compile   # target/toetempo.jar and target/test-classes
#   audio/benchmark.sh [SECONDS] [BPM]               # default: 300 s at 120 BPM, about 11 minutes
#
# Needs PulseAudio (a null sink is enough: apt pulseaudio pulseaudio-utils libasound2-plugins), xvfb-run (the
# naive AudioClip needs the JavaFX toolkit) and a JDK 17+. Plays both in real time, one after the other, each
# recorded from the sink's monitor at 48 kHz, then finds the click onsets in the recordings and prints interval
# jitter, missed clicks and drift against the ideal grid, and the audio thread's CPU use.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_PLAY=${1:-300}
BPM=${2:-120}
OUT=${BENCH_OUT:-target/audio-benchmark}
CP=target/toetempo.jar:target/test-classes
mkdir -p "$OUT"

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/xdg-runtime-$UID}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
if ! pactl info >/dev/null 2>&1; then
  pulseaudio -D --exit-idle-time=-1
  for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.2; done
fi
# A 48 kHz null sink, so neither the player nor the recording is resampled.
if ! pactl list short sinks | grep -q '^[0-9]*\s*toetempo48\s'; then
  pactl load-module module-null-sink sink_name=toetempo48 rate=48000 channels=2 >/dev/null
fi
pactl set-default-sink toetempo48

record_while() {  # record_while FILE COMMAND...
  local file=$1; shift
  parecord --device=toetempo48.monitor --file-format=wav --rate=48000 --channels=2 "$file" &
  local rec=$!
  sleep 0.5
  "$@"
  sleep 0.5
  kill -INT "$rec" 2>/dev/null || echo "(the recorder had stopped early: $file is shorter than the run)" >&2
  wait "$rec" || true
}

echo "== engine: $SECONDS_TO_PLAY s at $BPM BPM"
record_while "$OUT/engine.wav" java -cp "$CP" org.toetempo.audio.LiveBenchmark engine "$SECONDS_TO_PLAY" "$BPM"
echo "== naive: AudioClip.play() then Thread.sleep(60000/BPM), $SECONDS_TO_PLAY s at $BPM BPM"
record_while "$OUT/naive.wav" xvfb-run -a java -cp "$CP" org.toetempo.audio.LiveBenchmark naive "$SECONDS_TO_PLAY" "$BPM"
echo "== results"
java -cp "$CP" org.toetempo.audio.LiveBenchmark analyze "$OUT/engine.wav" "$BPM"
java -cp "$CP" org.toetempo.audio.LiveBenchmark analyze "$OUT/naive.wav" "$BPM"
