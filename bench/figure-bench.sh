#!/usr/bin/env bash
# Issue 14: what drawing the foot figure costs per frame, the articulated figure against the schematic one it
# replaced, in one run (see bench/FigureBench.java). Needs ./mvnw -B package -DskipTests first.
#   bench/figure-bench.sh [FRAMES]      (default 600)
set -euo pipefail
cd "$(dirname "$0")/.."
java -cp target/classes:target/toetempo.jar bench/FigureBench.java "${1:-600}"
