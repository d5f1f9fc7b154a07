#!/usr/bin/env bash
# Regenerates audio/demo/toe-tempo-demo-112bpm.mp3: the MIDI is written by DemoSong (test sources), rendered by
# fluidsynth with Debian's FluidR3 General MIDI soundfont (MIT licence) and encoded by LAME.
# Needs: apt-get install fluidsynth fluid-soundfont-gm lame
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.toetempo.bench.DemoSong -Dexec.args="$tmp/demo.mid"
fluidsynth -ni -q -g 0.9 -r 44100 -F "$tmp/demo.wav" /usr/share/sounds/sf2/FluidR3_GM.sf2 "$tmp/demo.mid" >/dev/null
lame --quiet -V 5 --tt "Toe Tempo demo (112 BPM)" --ta "Toe Tempo" "$tmp/demo.wav" audio/demo/toe-tempo-demo-112bpm.mp3
ls -l audio/demo/toe-tempo-demo-112bpm.mp3
