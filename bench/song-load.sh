#!/usr/bin/env bash
# Long songs and the first load (docs/benchmarks.md, "Long songs and the first load"):
#   bench/song-load.sh SONG.mp3 [LONG.mp3]
# For SONG (say a 4-minute MP3), in one run:
#   1. `java -jar target/toetempo.jar analyze SONG` from a cold JVM, three times: wall, user+sys CPU, peak RSS;
#   2. the alternatives on the same file: ffmpeg decoding it to nowhere (decode only) and aubio's beat tracker
#      (decode and beats), three times each;
#   3. SongLoadBenchmark: the app's song loading (decode, spool, analysis) in a fresh JVM, its first load without
#      and with the app's warm-up, then warm loads (× real time);
# and for LONG (say a 60-minute MP3): `analyze` and the app's loading with -Xmx96m, with the GC's live heap.
# Make test songs with bench/long-song.sh. Needs: target/toetempo.jar and target/test-classes (./mvnw package),
# ffmpeg, aubio-tools, GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
song=$1
long=${2:-}
jar=target/toetempo.jar
cp="$jar:target/test-classes"
t() { /usr/bin/time -f "  $1: wall %e s, user %U s, sys %S s, max RSS %M KB" "${@:2}"; }
live() { grep -o '[0-9]*M->[0-9]*M' "$1" | awk -F'->' '{gsub("M","",$2); if ($2+0>m) m=$2+0} END {print "  live heap after GC, peak: " m " MB"}'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "analyze, cold JVM:"
for i in 1 2 3; do t "analyze" java -jar $jar analyze "$song" >/dev/null; done
echo "ffmpeg decode only:"
for i in 1 2 3; do t "ffmpeg" ffmpeg -hide_banner -loglevel error -i "$song" -f null -; done
echo "aubio beat (decode and track):"
for i in 1 2 3; do t "aubio" aubio beat "$song" >/dev/null; done
echo "app's loading, fresh JVM (first load cold, then warm):"
t "loading" java -cp "$cp" org.toetempo.bench.SongLoadBenchmark "$song" --repeat 4
echo "app's loading after the app's warm-up:"
t "loading" java -cp "$cp" org.toetempo.bench.SongLoadBenchmark "$song" --warm-up
if [ -n "$long" ]; then
  gc=$(mktemp)
  echo "long song, analyze -Xmx96m:"
  t "analyze" java -Xmx96m -Xlog:gc:file="$gc" -jar $jar analyze "$long"
  live "$gc"
  echo "long song, app's loading -Xmx96m:"
  t "loading" java -Xmx96m -Xlog:gc:file="$gc" -cp "$cp" org.toetempo.bench.SongLoadBenchmark "$long"
  live "$gc"
  rm -f "$gc"
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
