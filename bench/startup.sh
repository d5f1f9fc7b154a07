#!/usr/bin/env bash
# Time from launch to the first window, side by side in one run, as a first-time user (empty home each time):
#   installed   the installed app (/opt/toetempo/bin/toetempo, from the .deb of ./mvnw -B -Pdist package)
#   java -jar   java -jar target/toetempo.jar (the system's java)
#   bare 17     a bare JavaFX window (bench/BareWindow.java), same java, JavaFX from the Maven repository
#   bare 25     the same bare window on the installed app's own runtime (JDK 25, no class cache)
# The window counts as there when X maps it (xdotool --onlyvisible). Rounds interleave the variants.
# Besides the wall time, the CPU time the process had used by then (user + system, from /proc, 10 ms ticks): on a
# loaded machine it moves far less than the wall time, which waits for the cores.
# Usage: bench/startup.sh [ROUNDS]   (needs: the .deb installed, target/toetempo.jar, Xvfb, xdotool)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
work=$(mktemp -d)
fx=$HOME/.m2/repository/org/openjfx
v=21.0.12
cp_fx=$(printf "%s:" $fx/javafx-base/$v/javafx-base-$v-linux.jar $fx/javafx-graphics/$v/javafx-graphics-$v-linux.jar \
  $fx/javafx-controls/$v/javafx-controls-$v-linux.jar)
javac -d "$work/bare" -cp "$cp_fx" bench/BareWindow.java
runtime=/opt/toetempo/lib/runtime/bin/java

Xvfb :93 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=:93
sleep 1

ticks=$(getconf CLK_TCK)
# One launch: prints "WALL CPU", milliseconds until a window titled $1 is mapped and the CPU time used until then.
measure() {
  local title=$1; shift
  local home; home=$(mktemp -d "$work/home.XXXX")
  local start; start=$(date +%s%N)
  TOETEMPO_HOME="$home/toetempo" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$@" >"$home/log" 2>&1 &
  local pid=$!
  local end= cpu=0
  for _ in $(seq 3000); do
    if xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; then
      end=$(date +%s%N)
      # utime and stime: fields 14 and 15, counted after the ")" that ends the command name.
      cpu=$(sed 's/^.*) //' "/proc/$pid/stat" | awk -v hz="$ticks" '{print int(($12 + $13) * 1000 / hz)}')
      break
    fi
    sleep 0.01
  done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  # The installed app may leave its instance address behind when killed: each launch has its own home anyway.
  # A window never found in 30 s is a failed launch, not a time: "-", left out of the medians.
  if [ -z "$end" ]; then echo "- -"; else echo "$(( (end - start) / 1000000 )) $cpu"; fi
}

declare -A times cpus
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
    times[$name]="${times[$name]:-} ${r% *}"
    cpus[$name]="${cpus[$name]:-} ${r#* }"
  done
done

median() { tr ' ' '\n' | grep -v '^$' | grep -v '^-$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
bare=$(echo "${times[bare 17]}" | median)
bare_cpu=$(echo "${cpus[bare 17]}" | median)
printf "%-10s %9s %7s %9s %7s   %s\n" variant "wall" ratio "CPU" ratio "all wall (ms) / all CPU (ms)"
for name in "${names[@]}"; do
  m=$(echo "${times[$name]}" | median)
  c=$(echo "${cpus[$name]}" | median)
  printf "%-10s %6d ms %6.2fx %6d ms %6.2fx  %s /%s\n" "$name" "$m" "$(echo "$m / $bare" | bc -l)" "$c" \
    "$(echo "$c / $bare_cpu" | bc -l)" "${times[$name]}" "${cpus[$name]}"
done
echo "ratio: to the bare window on the system's java ($(java -version 2>&1 | head -1)); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
