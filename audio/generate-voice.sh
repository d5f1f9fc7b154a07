#!/usr/bin/env bash
# Regenerates the spoken cues in audio/voice/ (committed; run this again after adding cue words or exercises).
#
#   audio/generate-voice.sh            # English, into audio/voice/ (needs espeak-ng, sox and python3;
#                                      # apt: espeak-ng sox python3)
#   audio/generate-voice.sh de         # German, into audio/voice/de/, from the routines' German translations
#
# One WAV per word or phrase, named by its slug (lower case, every run of other characters -> '-'):
# "switch to the left foot" -> switch-to-the-left-foot.wav. Each clip is 48 kHz, mono, 16-bit PCM, normalised to
# -1 dBFS, with the leading silence trimmed so that the word's onset is at sample 0 (the player places sample 0
# exactly on the beat) and the trailing silence trimmed to keep the files small. Output is reproducible
# (no dither). org.toetempo.audio.VoiceBank uses the same slug rule to find a cue's clip.
set -euo pipefail
cd "$(dirname "$0")/.."

LANGUAGE=${1:-en}
case "$LANGUAGE" in
  en) OUT=audio/voice; DEFAULT_VOICE=en-us; DEFAULT_SPEED=165 ;;
  de) OUT=audio/voice/de; DEFAULT_VOICE=de; DEFAULT_SPEED=185 ;;   # German words are longer: a little faster, so
                                                                 # a name and its foot fit in a lead-in bar
  *) echo "generate-voice.sh: no phrases for language '$LANGUAGE' (add them here and in VoicePhrases)" >&2; exit 2 ;;
esac
VOICE=${TOETEMPO_VOICE:-$DEFAULT_VOICE}   # espeak-ng voice
SPEED=${TOETEMPO_VOICE_SPEED:-$DEFAULT_SPEED} # words per minute
PITCH=${TOETEMPO_VOICE_PITCH:-45}  # 0-99

for tool in espeak-ng sox python3; do
  command -v "$tool" >/dev/null || { echo "generate-voice.sh: $tool is needed" >&2; exit 1; }
done

# Everything to say, one phrase a line: fixed words, every phase cue word of the routines, every exercise name.
phrases() {
  if [ "$LANGUAGE" = de ]; then
    # Must match org.toetempo.audio.VoicePhrases.GERMAN.
    printf '%s\n' eins zwei drei vier fünf sechs sieben acht neun zehn \
      "Wechsel zum linken Fuß" "Wechsel zum rechten Fuß" "linker Fuß" "rechter Fuß" "beide Füße" \
      Pause halten "gut gemacht" "bereit machen"
  else
    printf '%s\n' one two three four five six seven eight nine ten \
      up down hold press spread release lift curl relax rest \
      "switch to the left foot" "switch to the right foot" "left foot" "right foot" "both feet" \
      "get ready" "well done"
  fi
  python3 - "$LANGUAGE" routines/*.json <<'PY'
import json, re, sys
language = sys.argv[1]
def walk(node, inside_phases=False):
    if isinstance(node, dict):
        if inside_phases and isinstance(node.get("cue"), str):
            print(node["cue"])
        for key, value in node.items():
            if key != "translations":
                walk(value, key == "phases")
    elif isinstance(node, list):
        for item in node:
            walk(item, inside_phases)
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if language == "en":
        walk(data)
        if path.endswith("exercises.json"):
            for exercise in data["exercises"].values():
                print(exercise["name"])
    else:
        # What is spoken in another language: the translated cue words and exercise names.
        for key, text in data.get("translations", {}).get(language, {}).items():
            if key.endswith(".cue") or re.fullmatch(r"\$\.exercises\.[A-Za-z0-9_-]+\.name", key):
                print(text)
PY
}

slug() {
  # The same rule as VoiceBank.slug: German letters spelt out, then every other run of characters -> '-'.
  python3 -c 'import re,sys; s=sys.argv[1].lower(); s=s.replace("ä","ae").replace("ö","oe").replace("ü","ue").replace("ß","ss"); print(re.sub(r"[^a-z0-9]+", "-", s).strip("-"))' "$1"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$OUT"
rm -f "$OUT"/*.wav   # only this language's folder: audio/voice/de is not inside audio/voice's glob

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
