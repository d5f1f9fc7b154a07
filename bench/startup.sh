#!/usr/bin/env bash
# Time from launch to the first window, side by side in one run, as a first-time user (empty home each time):
#   installed   the installed app (/opt/toetempo/bin/toetempo, from the .deb of ./mvnw -B -Pdist package)
#   java -jar   java -jar target/toetempo.jar (the system's java)
#   bare 17     a bare JavaFX window (bench/BareWindow.java), same java, JavaFX from the Maven repository
#   bare 25     the same bare window on the installed app's own runtime (JDK 25, no class cache)
# Two moments per launch, watched by bench/firstframe.c (one process polling X every 5 ms):
#   mapped      X maps the window (it may still be an empty rectangle);
#   drawn       the window's first frame is on screen (its pixels are no longer all one colour), and how much of
#               the window that frame covers (a label in the bare window; the routine cards in the app's library).
# Beside the wall times, the CPU time the process had used when its frame was drawn (user + system, from /proc,
# 10 ms ticks): on a loaded machine it moves far less than the wall time, which waits for the cores.
# Rounds interleave the variants. Usage: bench/startup.sh [ROUNDS]
# Needs: the .deb installed, target/toetempo.jar, Xvfb, cc and the X11 headers (libx11-dev).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
work=$(mktemp -d)
fx=$HOME/.m2/repository/org/openjfx
v=21.0.12
cp_fx=$(printf "%s:" $fx/javafx-base/$v/javafx-base-$v-linux.jar $fx/javafx-graphics/$v/javafx-graphics-$v-linux.jar \
  $fx/javafx-controls/$v/javafx-controls-$v-linux.jar)
javac -d "$work/bare" -cp "$cp_fx" bench/BareWindow.java
cc -O2 -o "$work/firstframe" bench/firstframe.c -lX11
runtime=/opt/toetempo/lib/runtime/bin/java

Xvfb :93 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=:93
sleep 1

ticks=$(getconf CLK_TCK)
# One launch: prints "MAPPED DRAWN COVERED CPU": milliseconds from launch until X maps the window titled $1 and
# until its first frame is drawn, the percentage of the window that frame covers, the CPU time used until then.
measure() {
  local title=$1; shift
  local home; home=$(mktemp -d "$work/home.XXXX")
  local start; start=$(date +%s%3N)
  TOETEMPO_HOME="$home/toetempo" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$@" >"$home/log" 2>&1 &
  local pid=$!
  local seen; seen=$("$work/firstframe" "$title" 30000)
  # utime and stime: fields 14 and 15, counted after the ")" that ends the command name.
  local cpu; cpu=$(sed 's/^.*) //' "/proc/$pid/stat" | awk -v hz="$ticks" '{print int(($12 + $13) * 1000 / hz)}')
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  # A window never seen in 30 s is a failed launch, not a time: "-", left out of the medians.
  read -r mapped drawn covered <<<"$seen"
  if [ "$drawn" = "-" ]; then echo "- - - -"; return; fi
  echo "$((mapped - start)) $((drawn - start)) $covered $cpu"
}

declare -A maps draws covers cpus
names=("installed" "java -jar" "bare 17" "bare 25")
for round in $(seq "$rounds"); do
  for i in 0 1 2 3; do
    name=${names[$(( (i + round) % 4 ))]}
    case $name in
      "installed") r=$(measure "Toe Tempo" /opt/toetempo/bin/toetempo) ;;
      "java -jar") r=$(measure "Toe Tempo" java -jar target/toetempo.jar) ;;
      "bare 17") r=$(measure "Bare JavaFX" java -cp "$work/bare:$cp_fx" BareWindow) ;;
      "bare 25") r=$(measure "Bare JavaFX" "$runtime" -cp "$work/bare:$cp_fx" BareWindow) ;;
    esac
    read -r m d c u <<<"$r"
    maps[$name]="${maps[$name]:-} $m"; draws[$name]="${draws[$name]:-} $d"
    covers[$name]="${covers[$name]:-} $c"; cpus[$name]="${cpus[$name]:-} $u"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | grep -v '^-$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
bare_map=$(echo "${maps[bare 17]}" | median)
bare_draw=$(echo "${draws[bare 17]}" | median)
bare_cpu=$(echo "${cpus[bare 17]}" | median)
printf "%-10s %8s %6s %8s %6s %8s %6s %8s\n" variant mapped ratio drawn ratio CPU ratio covered
for name in "${names[@]}"; do
  m=$(echo "${maps[$name]}" | median); d=$(echo "${draws[$name]}" | median); c=$(echo "${cpus[$name]}" | median)
  printf "%-10s %5d ms %5.2fx %5d ms %5.2fx %5d ms %5.2fx %7s%%\n" "$name" "$m" "$(echo "$m / $bare_map" | bc -l)" \
    "$d" "$(echo "$d / $bare_draw" | bc -l)" "$c" "$(echo "$c / $bare_cpu" | bc -l)" "$(echo "${covers[$name]}" | median)"
done
echo "all launches (ms), mapped / drawn / CPU:"
for name in "${names[@]}"; do echo "  $name:${maps[$name]} /${draws[$name]} /${cpus[$name]}"; done
echo "ratio: to the bare window on the system's java ($(java -version 2>&1 | head -1)); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
