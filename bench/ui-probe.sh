#!/usr/bin/env bash
# UI benchmark (issue 6): time from `java -jar` to the first frame, frame pacing while Musical Toes plays, and
# memory after the run. Needs Xvfb (apt: xvfb xauth libgtk-3-0 libgl1 fonts-dejavu-core) and a built jar.
#   bench/ui-probe.sh [SECONDS] [ROUTINE]     (defaults: 600 s of playback, musical-toes)
# JAVA_OPTS adds JVM options, e.g. JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/probe.jfr,settings=profile"
# to see where long frames come from (the probe lists each frame over 50 ms with its time after the warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
routine=${2:-musical-toes}
# The probe lives in test scope (no measuring code in the product): run the app from the jar plus the test classes.
[ -f target/toetempo.jar ] && [ -d target/test-classes ] || ./mvnw -B -q package -DskipTests
home=$(mktemp -d)
out=$home/probe.json
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
TOETEMPO_HOME=$home xvfb-run -a -s "-screen 0 1280x800x24" \
  java ${JAVA_OPTS:-} -Dtoetempo.probe.out="$out" -Dtoetempo.probe.seconds="$seconds" -Dtoetempo.probe.play="$routine" \
  -cp target/toetempo.jar:target/test-classes 'org.toetempo.ui.ProbedApp$Main' >"$home/app.log" 2>&1
end=$(date +%s%N)
echo "wall time of the whole run: $(( (end - start) / 1000000 )) ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$out"
rm -rf "$home"
