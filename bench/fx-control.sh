#!/usr/bin/env bash
# The control for bench/ui-probe.sh (issue 6): a bare JavaFX window timing its frames the same way, to run beside
# the probe and tell the machine's share of long frames from the app's. Uses the JavaFX jars Maven fetched.
#   bench/fx-control.sh [SECONDS]      (default 120)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
version=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml)
repo=${MAVEN_REPO:-$HOME/.m2/repository}/org/openjfx
path=""
for module in base graphics controls; do
  path="$path${path:+:}$repo/javafx-$module/$version/javafx-$module-$version-linux.jar"
done
xvfb-run -a -s "-screen 0 1280x800x24" java --module-path "$path" --add-modules javafx.controls \
  -Dseconds="$seconds" bench/FxControl.java
