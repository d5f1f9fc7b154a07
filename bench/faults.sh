#!/usr/bin/env bash
# Fault injection on the real app (issue 16): under Xvfb, sound through a PulseAudio null sink, each case with its
# own data folder (TOETEMPO_HOME) and its own sound server. Needs: xvfb xauth libgtk-3-0 libgl1 fonts-dejavu-core
# pulseaudio pulseaudio-utils libasound2-plugins stress-ng python3-numpy (apt), a built jar and test classes.
#   bench/faults.sh [CASES...]      cases: sound sigterm kill9 fulldisk two load   (default: all)
#   LOAD_SECONDS=300 (each of the quiet and the loaded run)
# The app is run as bench/ui-probe.sh runs it (ProbedApp plays Musical Toes as soon as the window shows).
set -uo pipefail
cd "$(dirname "$0")/.."
[ -f target/toetempo.jar ] && [ -d target/test-classes ] || ./mvnw -B -q package -DskipTests
cases=${*:-sound sigterm kill9 fulldisk two load}
LOAD_SECONDS=${LOAD_SECONDS:-300}
work=$(mktemp -d /tmp/faults.XXXX)
# A copy of the build: a Maven run meanwhile (it rewrites target/test-classes) must not pull the classes away.
mkdir -p "$work/build"; cp target/toetempo.jar "$work/build/"; cp -r target/test-classes "$work/build/"
jar=$work/build/toetempo.jar; classes=$jar:$work/build/test-classes
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "date: $(date -u +%FT%TZ); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

pulse_start() {   # $1: runtime dir
  export XDG_RUNTIME_DIR=$1; mkdir -p -m 700 "$XDG_RUNTIME_DIR"
  pulseaudio -D --exit-idle-time=-1 --disallow-exit >/dev/null 2>&1
  for _ in $(seq 100); do pactl info >/dev/null 2>&1 && return 0; sleep 0.05; done
  echo "pulseaudio did not start"; return 1
}
pulse_stop() { pulseaudio --kill >/dev/null 2>&1; for _ in $(seq 50); do pactl info >/dev/null 2>&1 || return 0; sleep 0.1; done; }

app_start() {     # $1: home, $2: seconds to play (probe), $3: log, [$4: instance name]; prints the java pid
  local probe="$1/probe${4:-}.json"
  TOETEMPO_HOME=$1 xvfb-run -a -s "-screen 0 1280x800x24" java -Dtoetempo.probe.out="$probe" \
    -Dtoetempo.probe.seconds="$2" -Dtoetempo.probe.play=musical-toes \
    -cp "$classes" 'org.toetempo.ui.ProbedApp$Main' >"$3" 2>&1 &
  for _ in $(seq 100); do
    local pid; pid=$(pgrep -f "^java .*toetempo.probe.out=$probe" | head -1)
    [ -n "$pid" ] && { echo "$pid"; return; }
    sleep 0.1
  done
}
step_journaled() {  # $1: home: waits (up to 150 s) until the first step's end was journaled
  for _ in $(seq 300); do [ -f "$1/history/in-progress.log" ] && return 0; sleep 0.5; done; return 1
}
app_plain() {     # $1: home, $2: seconds: the app as a user starts it (start-up recovery runs), then closed
  TOETEMPO_HOME=$1 timeout -s TERM "$2" xvfb-run -a -s "-screen 0 1280x800x24" java -jar "$jar" \
    >"$1/plain.log" 2>&1 || true
}
sessions() { TOETEMPO_HOME=$1 java -jar "$jar" history list 2>&1 | grep -Eo '^[0-9]+ sessions? in' | grep -Eo '^[0-9]+' || echo 0; }
first_sound_ms() {  # $1: wav: ms to the first sample above -40 dBFS
  python3 - "$1" <<'PY'
import sys, wave, numpy as np
w = wave.open(sys.argv[1]); d = np.frombuffer(w.readframes(w.getnframes()), '<i2').astype(float) / 32768
d = d.reshape(-1, w.getnchannels()).mean(axis=1); i = np.argmax(np.abs(d) > 0.01)
print(int(i * 1000 / w.getframerate()) if np.abs(d[i]) > 0.01 else -1)
PY
}

for c in $cases; do
  home=$work/$c; mkdir -p "$home"
  case $c in
  sound)
    pulse_start "$work/xdg-sound"
    pid=$(app_start "$home" 60 "$home/app.log"); sleep 12
    parecord --device=auto_null.monitor --file-format=wav --rate=48000 --channels=1 "$home/before.wav" & rec=$!
    sleep 3; kill $rec; wait $rec 2>/dev/null
    pulse_stop; sleep 3
    pulse_start "$work/xdg-sound"; up=$(date +%s%N)
    parecord --device=auto_null.monitor --file-format=wav --rate=48000 --channels=1 "$home/after.wav" & rec=$!
    recstart=$(date +%s%N); sleep 6; kill $rec; wait $rec 2>/dev/null
    before=$(first_sound_ms "$home/before.wav"); after=$(first_sound_ms "$home/after.wav")
    back=$(( (recstart - up) / 1000000 + after ))
    echo "sound: before the kill, first sound ${before} ms into a 3 s recording; server killed for 3 s, restarted:" \
         "sound back ${back} ms after the server (limit 2000) -> $([ "$after" -ge 0 ] && [ $back -le 2000 ] && echo PASS || echo FAIL)"
    grep -h "sound device" "$home/app.log" | sed 's/^/    log: /' | head -4
    kill -TERM "$pid" 2>/dev/null; sleep 2; pulse_stop ;;
  sigterm|kill9)
    pulse_start "$work/xdg-$c"
    pid=$(app_start "$home" 300 "$home/app.log"); sleep 45
    [ $c = kill9 ] && step_journaled "$home"
    if [ $c = sigterm ]; then kill -TERM "$pid"; else kill -9 "$pid"; fi
    sleep 3
    right_after=$(sessions "$home")
    [ $c = kill9 ] && app_plain "$home" 60
    after=$(sessions "$home")
    echo "$c after $([ $c = kill9 ] && echo "the first step's end" || echo "45 s") of Musical Toes: sessions in the history right after: $right_after; after the next start: $after" \
         "-> $([ "$after" = 1 ] && echo PASS || echo FAIL)"
    pulse_stop ;;
  fulldisk)
    pulse_start "$work/xdg-full"
    mount -t tmpfs -o size=4m tmpfs "$home"
    pid=$(app_start "$home" 300 "$home/../fulldisk-app.log"); step_journaled "$home"
    dd if=/dev/zero of="$home/fill" bs=64k 2>/dev/null; df -k "$home" | tail -1 | awk '{print "    disk: " $4 " KB free"}'
    kill -TERM "$pid"; sleep 3
    full=$(ls "$home/history" 2>/dev/null | tr '\n' ' ')
    rm -f "$home/fill"
    app_plain "$home" 60
    after=$(sessions "$home")
    echo "fulldisk: disk filled after the first step's end, then SIGTERM; history folder then: $full; after space came back and the next" \
         "start: $after session(s) -> $([ "$after" = 1 ] && echo PASS || echo FAIL)"
    umount "$home"; pulse_stop ;;
  two)
    pulse_start "$work/xdg-two"
    a=$(app_start "$home" 300 "$work/two-a.log" a); b=$(app_start "$home" 300 "$work/two-b.log" b); sleep 50
    kill -TERM "$a" "$b"; sleep 4
    n=$(sessions "$home")
    echo "two instances on one data folder, both playing 50 s, both sent SIGTERM: $n sessions in the history" \
         "-> $([ "$n" = 2 ] && echo PASS || echo FAIL)"
    pulse_stop ;;
  load)
    pulse_start "$work/xdg-load"
    TOETEMPO_HOME=$home java -jar "$jar" render musical-toes --out "$home/offline.wav" \
      --seconds $((LOAD_SECONDS + 30)) >/dev/null
    for run in quiet loaded; do
      stress=
      [ $run = loaded ] && { stress-ng --cpu $((2 * $(nproc))) --timeout $((LOAD_SECONDS + 20))s >/dev/null 2>&1 & stress=$!; sleep 2; }
      rm -rf "$home/$run"; mkdir -p "$home/$run"
      pid=$(app_start "$home/$run" $((LOAD_SECONDS + 5)) "$home/$run/app.log")
      parecord --device=auto_null.monitor --file-format=wav --rate=48000 --channels=1 "$home/$run.wav" & rec=$!
      sleep $((LOAD_SECONDS + 3)); load=$(cut -d' ' -f1 /proc/loadavg)
      kill $rec; wait $rec 2>/dev/null; kill -TERM "$pid" 2>/dev/null; sleep 3
      [ -n "$stress" ] && { kill $stress 2>/dev/null; wait $stress 2>/dev/null; }
      lags=$(python3 bench/live_vs_offline.py "$home/$run.wav" "$home/offline.wav" 2>&1 | grep '^window lags' | cut -d: -f2)
      echo "$lags" | awk -v run=$run -v load="$load" -v starved="$(grep -c 'starved' "$home/$run/app.log")" '{
        gaps = 0; shift = 0
        for (i = 2; i <= NF; i++) { d = $i - $(i - 1); if (d > 2 || d < -2) { gaps++; shift += (d > 0 ? d : -d) } }
        printf "load %s: %s, load average %s: %d windows of 2 s, %d gaps (a window shifted against the one before by > 2 ms), %.0f ms of shifts in all; engine logged %s starved lines\n", run, run, load, NF, gaps, shift, starved }'
    done
    pulse_stop ;;
  esac
done
echo "logs: $work"
