#!/usr/bin/env bash
# Regenerates the spoken cues in audio/voice/ (committed; run this again after adding cue words or exercises).
#
#   audio/generate-voice.sh            # needs espeak-ng, sox and python3 (apt: espeak-ng sox python3)
#
# One WAV per word or phrase, named by its slug (lower case, every run of other characters -> '-'):
# "switch to the left foot" -> switch-to-the-left-foot.wav. Each clip is 48 kHz, mono, 16-bit PCM, normalised to
# -1 dBFS, with the leading silence trimmed so that the word's onset is at sample 0 (the player places sample 0
# exactly on the beat) and the trailing silence trimmed to keep the files small. Output is reproducible
# (no dither). org.toetempo.audio.VoiceBank uses the same slug rule to find a cue's clip.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=audio/voice
VOICE=${TOETEMPO_VOICE:-en-us}   # espeak-ng voice
SPEED=${TOETEMPO_VOICE_SPEED:-165} # words per minute
PITCH=${TOETEMPO_VOICE_PITCH:-45}  # 0-99

for tool in espeak-ng sox python3; do
  command -v "$tool" >/dev/null || { echo "generate-voice.sh: $tool is needed" >&2; exit 1; }
done

# Everything to say, one phrase a line: fixed words, every phase cue word of the routines, every exercise name.
phrases() {
  printf '%s\n' one two three four five six seven eight nine ten \
    up down hold press spread release lift curl relax rest \
    "switch to the left foot" "switch to the right foot" "left foot" "right foot" "both feet" \
    "get ready" "well done"
  python3 - routines/*.json <<'PY'
import json, sys
def walk(node, inside_phases=False):
    if isinstance(node, dict):
        if inside_phases and isinstance(node.get("cue"), str):
            print(node["cue"])
        for key, value in node.items():
            walk(value, key == "phases")
    elif isinstance(node, list):
        for item in node:
            walk(item, inside_phases)
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    walk(data)
    if path.endswith("exercises.json"):
        for exercise in data["exercises"].values():
            print(exercise["name"])
PY
}

slug() {
  python3 -c 'import re,sys; print(re.sub(r"[^a-z0-9]+", "-", sys.argv[1].lower()).strip("-"))' "$1"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$OUT"
rm -f "$OUT"/*.wav

count=0
while IFS= read -r phrase; do
  [ -n "$phrase" ] || continue
  name=$(slug "$phrase")
  [ -n "$name" ] || continue
  [ -e "$OUT/$name.wav" ] && continue
  espeak-ng -v "$VOICE" -s "$SPEED" -p "$PITCH" -w "$tmp/raw.wav" "$phrase"
  # Resample first, then normalise and trim, so the trimmed start is the real first sample at 48 kHz.
  sox -D "$tmp/raw.wav" -b 16 -c 1 -e signed-integer "$OUT/$name.wav" \
    rate -v 48000 highpass 60 norm -1 \
    silence 1 0 1% reverse silence 1 0 0.3% fade t 0.008 reverse
  count=$((count + 1))
done < <(phrases | sort -u)

echo "$count clips in $OUT ($(du -sh "$OUT" | cut -f1))"
