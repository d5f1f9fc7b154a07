#!/usr/bin/env bash
# Renders the MIDI files of a song-evaluation set (written by SongSetGenerator) to MP3, as users have them:
# fluidsynth with Debian's FluidR3 General MIDI soundfont, then LAME with the options in render.tsv.
#   bench/song-render.sh DIR
# Needs: apt-get install fluidsynth fluid-soundfont-gm lame
set -euo pipefail
dir=${1:?usage: song-render.sh DIR}
sf2=${SF2:-/usr/share/sounds/sf2/FluidR3_GM.sf2}
render() {
  local id=$1 rate=$2 opts=$3 dir=$4 sf2=$5
  [ -s "$dir/$id.mp3" ] && return 0
  fluidsynth -ni -q -g 0.5 -r "$rate" -F "$dir/$id.wav" "$sf2" "$dir/$id.mid" >/dev/null 2>&1
  # shellcheck disable=SC2086
  lame --quiet $opts "$dir/$id.wav" "$dir/$id.mp3"
  rm -f "$dir/$id.wav"
}
export -f render
while IFS=$'\t' read -r id rate opts; do
  printf '%s\t%s\t%s\n' "$id" "$rate" "$opts"
done < "$dir/render.tsv" | xargs -P 2 -d '\n' -I{} bash -c 'IFS=$'"'"'\t'"'"' read -r id rate opts <<< "{}"; render "$id" "$rate" "$opts" "$0" "$1"' "$dir" "$sf2"
echo "rendered $(ls "$dir"/*.mp3 | wc -l) MP3 files in $dir"
