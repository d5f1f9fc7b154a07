#!/usr/bin/env bash
# Proves a refactoring changed no output (issue 12): the schedule JSON, the rendered WAV and its cue CSV of every
# built-in routine, byte for byte, against a baseline made by the jar from before.
#   bench/same-output.sh make DIR [JAR]         writes DIR/ID.schedule.json, ID.cues.csv, ID.wav (+ wav.sha256)
#   bench/same-output.sh compare BASELINE [JAR] makes them with JAR (default target/toetempo.jar) and compares
# A baseline from an older commit C:
#   git worktree add /tmp/before C && (cd /tmp/before && ./mvnw -B -o package -DskipTests)
#   bench/same-output.sh make /tmp/baseline /tmp/before/target/toetempo.jar
# compare prints one line per file (same / DIFFERS), and for a WAV that differs the stretches (in seconds) where it
# does, next to the cues there; it exits 1 if anything differs. Each run gets an empty TOETEMPO_HOME, so no
# settings or history of the machine's user take part.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: same-output.sh make|compare DIR [JAR]}
dir=${2:?usage: same-output.sh make|compare DIR [JAR]}
jar=$(realpath "${3:-target/toetempo.jar}")
routines=$(ls routines/*.json | grep -v '/exercises.json$')

make() {
  local out=$1
  mkdir -p "$out"
  local home
  home=$(mktemp -d)
  for file in $routines; do
    local id
    id=$(basename "$file" .json)
    TOETEMPO_HOME=$home java -jar "$jar" schedule "$file" --json >"$out/$id.schedule.json" 2>"$out/$id.err"
    TOETEMPO_HOME=$home java -jar "$jar" render "$file" --out "$out/$id.wav" --cues "$out/$id.cues.csv" \
      >>"$out/$id.err" 2>&1
  done
  rm -rf "$home"
  (cd "$out" && sha256sum ./*.wav | sed 's: \./: :' >wav.sha256)
}

# Stretches of two 16-bit stereo WAVs (same header) whose samples differ, as "from-to s" lines, each with the
# cues of CUES.csv that start in it.
wav_diff() {
  python3 - "$1" "$2" "$3" <<'PY'
import csv, sys
a, b = (open(p, 'rb').read() for p in sys.argv[1:3])
cues = list(csv.DictReader(open(sys.argv[3], encoding='utf-8')))
if a[:44] != b[:44] or len(a) != len(b):
    print("  header or length differs: %d vs %d bytes" % (len(a), len(b)))
    sys.exit()
frame = 4
spans, start, last = [], None, None
i = 44
while i < len(a):
    if a[i:i + 65536] == b[i:i + 65536]:
        i += 65536
        continue
    for k in range(i, min(i + 65536, len(a)), frame):
        if a[k:k + frame] != b[k:k + frame]:
            f = (k - 44) // frame
            if last is not None and f - last <= 48000 // 10:
                last = f
            else:
                if start is not None:
                    spans.append((start, last))
                start = last = f
    i += 65536
if start is not None:
    spans.append((start, last))
for s, e in spans:
    said = ["%s %s \"%s\" %s" % (c['type'], c['phase'], c['text'], c['exercise'])
            for c in cues if s <= int(c['frame']) <= e]
    print("  samples differ %.3f-%.3f s: %s" % (s / 48000, e / 48000, "; ".join(said)))
PY
}

compare() {
  local baseline=$1 now
  now=$(mktemp -d)
  make "$now"
  local status=0
  for file in $routines; do
    local id
    id=$(basename "$file" .json)
    for kind in schedule.json cues.csv wav; do
      if cmp -s "$baseline/$id.$kind" "$now/$id.$kind"; then
        echo "same     $id.$kind"
      else
        echo "DIFFERS  $id.$kind"
        status=1
        case $kind in
          wav) wav_diff "$baseline/$id.wav" "$now/$id.wav" "$now/$id.cues.csv" ;;
          *) diff "$baseline/$id.$kind" "$now/$id.$kind" | head -20 ;;
        esac
      fi
    done
  done
  rm -rf "$now"
  return $status
}

case $mode in
  make) make "$dir" ;;
  compare) compare "$dir" ;;
  *) echo "usage: same-output.sh make|compare DIR [JAR]" >&2; exit 2 ;;
esac
