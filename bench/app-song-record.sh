#!/usr/bin/env bash
# Song mode in the real app, as a user hears it (docs/benchmarks.md, issue 13, "In the app"):
#   bench/app-song-record.sh SONG BEATS [SECONDS] [OUT_DIR]
# SONG: an MP3, OGG or FLAC file; BEATS: its true beat times (bench/beats.sh writes both: ID.mp3 and ID.beats;
# make an OGG or FLAC of one with `ffmpeg -i ID.mp3 -c:a libvorbis -q:a 5 ID.ogg` / `ffmpeg -i ID.mp3 ID.flac`).
# Under Xvfb, with a PulseAudio null sink as the sound device and a fresh app folder (sound: clicks only), the app
# (SongRecordingApp: the product plus a test-scope launcher) loads the song in the song panel, ticks "Click over
# the song", starts Musical Toes and jumps to its song block; the sink's monitor is recorded for SECONDS (default
# 60) and a screenshot of the window with the song panel is taken; app_song_clicks.py then finds every click and
# measures it against the song's true beats. Everything is left in OUT_DIR (default /tmp/toetempo-app-song/ID).
# Needs: apt-get install xvfb xauth libgtk-3-0 libgl1 fonts-dejavu-core pulseaudio pulseaudio-utils
#        libasound2-plugins imagemagick ffmpeg python3-numpy; a built project (./mvnw -B package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
song=$(realpath "${1:?usage: app-song-record.sh SONG BEATS [SECONDS] [OUT_DIR]}")
beats=$(realpath "${2:?usage: app-song-record.sh SONG BEATS [SECONDS] [OUT_DIR]}")
seconds=${3:-60}
name=$(basename "$song"); id=${name%.*}; ext=${name##*.}
out=${4:-/tmp/toetempo-app-song/$id-$ext}
mkdir -p "$out"; rm -f "$out"/*
[ -d target/classes ] && [ -d target/test-classes ] || ./mvnw -B -q test-compile
[ -s target/classpath.txt ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -Dmdep.includeScope=test >/dev/null
# A copy of the build: a Maven run meanwhile (it rewrites target/) must not pull the classes away.
mkdir -p "$out/build"; cp -r target/classes target/test-classes "$out/build/"
cp="$out/build/test-classes:$out/build/classes:$(cat target/classpath.txt)"

home=$out/home; mkdir -p "$home"
# Sound: clicks only (no voice), so what the app adds over the song is its clicks and phase tones.
cat > "$home/settings.json" <<'EOF'
{"theme":"LIGHT","sound":"CLICKS","muted":false,"clickVolume":0.8,"voiceVolume":0.9,"musicVolume":0.7,
 "latencyMillis":{},"welcomed":true,"clipLayout":"BESIDE_FIGURE","language":"en"}
EOF
export XDG_RUNTIME_DIR=$out/xdg; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
pulseaudio -D --exit-idle-time=-1 --disallow-exit >/dev/null 2>&1
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
display=:$(( 50 + RANDOM % 400 ))
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=$display
cleanup() {
  [ -n "${rec:-}" ] && kill "$rec" 2>/dev/null || true
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  pulseaudio --kill >/dev/null 2>&1 || true
}
trap cleanup EXIT
sleep 1
echo "date: $(date -u +%FT%TZ); load before: $(cut -d' ' -f1-3 /proc/loadavg); song: $song"
TOETEMPO_HOME=$home java -Dtoetempo.record.song="$song" -cp "$cp" 'org.toetempo.ui.SongRecordingApp$Main' \
  >"$out/app.log" 2>&1 & app=$!
for _ in $(seq 1200); do
  grep -q "^RECORD \(playing\|failed\)" "$out/app.log" && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
grep "^RECORD" "$out/app.log" || { echo "the app did not start the song block"; tail -20 "$out/app.log"; exit 1; }
grep -q "^RECORD playing" "$out/app.log" || exit 1
parecord --device=auto_null.monitor --file-format=wav --rate=44100 --channels=1 "$out/rec.wav" & rec=$!
sleep 4
/usr/bin/import -display "$display" -window root "$out/song-panel.png"
sleep $(( seconds - 4 ))
kill "$rec"; wait "$rec" 2>/dev/null || true; rec=
ffmpeg -v error -y -i "$song" -ac 1 -ar 44100 "$out/song.wav"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/app_song_clicks.py "$out/rec.wav" "$out/song.wav" "$beats" | tee "$out/result.txt"
