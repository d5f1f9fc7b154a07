#!/usr/bin/env bash
# Test songs for bench/song-load.sh, from generated audio (never committed):
#   bench/long-song.sh [DIR]   -> DIR/song4.mp3 (4 min, 120 BPM) and DIR/song60.mp3 (60 min, 113-127 BPM)
# A kick every half second, a noise snare between, a slowly swelling 220 Hz tone; the hour is that song
# time-stretched to five tempos (0.94-1.06x) and strung together three times, LAME 192 kbit/s, like a DJ mix.
set -euo pipefail
dir=${1:-/tmp/toetempo-long}
mkdir -p "$dir"
cd "$dir"
e="0.3*sin(2*PI*220*t)*(0.6+0.4*sin(2*PI*0.1*t))+0.8*exp(-30*mod(t\,0.5))*sin(2*PI*60*t)+0.3*exp(-60*mod(t+0.25\,0.5))*(random(0)*2-1)"
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "aevalsrc=exprs=$e|$e:s=44100:d=240" -c:a libmp3lame -b:a 192k song4.mp3
ffmpeg -hide_banner -loglevel error -y -i song4.mp3 song4.wav
: > list.txt
for r in 0.94 0.97 1.0 1.03 1.06; do
  ffmpeg -hide_banner -loglevel error -y -i song4.wav -af atempo=$r part$r.wav
done
for i in 1 2 3; do for r in 0.94 0.97 1.0 1.03 1.06; do echo "file 'part$r.wav'" >> list.txt; done; done
ffmpeg -hide_banner -loglevel error -y -f concat -safe 0 -i list.txt -t 3600 -c:a libmp3lame -b:a 192k song60.mp3
rm -f part*.wav song4.wav list.txt
ls -la "$dir"/song4.mp3 "$dir"/song60.mp3
