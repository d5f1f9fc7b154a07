#!/bin/sh
# Makes the tagged test songs in this folder (read by SongTagsTest): half a second of a quiet 440 Hz tone, tagged
# by ffmpeg or LAME as real files are. Run it from this folder; needs ffmpeg and lame. The files are committed, so
# the tests need neither; rerun only to change them (the tests' expectations are written below next to each file).
set -eu

TITLE='Café Straße — “Tempo” 東京'
ARTIST='Björk & Sigur Rós'

ffmpeg -hide_banner -loglevel error -y -f lavfi -i 'sine=frequency=440:sample_rate=44100:duration=0.5' \
    -af 'volume=0.2' -ac 1 -c:a pcm_s16le tone.wav

# MP3, ID3v2.4 (UTF-8 text) plus ID3v1 (ffmpeg writes UTF-8 there too, cut at 30 bytes in the middle of a character).
ffmpeg -hide_banner -loglevel error -y -i tone.wav -c:a libmp3lame -b:a 32k \
    -id3v2_version 4 -write_id3v1 1 -metadata title="$TITLE" -metadata artist="$ARTIST" ffmpeg-id3v24.mp3
# MP3, ID3v2.3 (UTF-16 text with a byte order mark).
ffmpeg -hide_banner -loglevel error -y -i tone.wav -c:a libmp3lame -b:a 32k \
    -id3v2_version 3 -metadata title="$TITLE" -metadata artist="$ARTIST" ffmpeg-id3v23.mp3
# MP3 by LAME, ID3v2.3 in Latin-1 and ID3v1.
lame --quiet -b 32 --add-id3v2 --id3v2-latin1 --tt 'Naïve Song' --ta 'Émile' tone.wav lame-latin1.mp3
# MP3 by LAME with only an ID3v1 tag.
lame --quiet -b 32 --id3v1-only --tt 'Only Version One' --ta 'Old Tagger' tone.wav lame-id3v1-only.mp3
# M4A (AAC) with iTunes-style ilst items.
ffmpeg -hide_banner -loglevel error -y -i tone.wav -c:a aac -b:a 24k \
    -metadata title="$TITLE" -metadata artist="$ARTIST" ffmpeg.m4a
# WAV with a LIST INFO chunk (8 kHz, 8-bit, to stay small).
ffmpeg -hide_banner -loglevel error -y -i tone.wav -ar 8000 -c:a pcm_u8 \
    -metadata title="$TITLE" -metadata artist="$ARTIST" ffmpeg-info.wav
# AIFF with NAME and AUTH chunks ("author" is ffmpeg's name for AUTH) and no ID3 chunk.
ffmpeg -hide_banner -loglevel error -y -i tone.wav -ar 8000 -c:a pcm_s16be \
    -metadata title="$TITLE" -metadata author="$ARTIST" ffmpeg-name-auth.aiff
# AIFF with a NAME chunk (title) but no AUTH (ffmpeg writes it only for "author"), and an ID3 chunk, as iTunes
# tags AIFFs, with title and artist: the artist must come from the ID3 chunk.
ffmpeg -hide_banner -loglevel error -y -i tone.wav -ar 8000 -c:a pcm_s16be -write_id3v2 1 \
    -metadata title="$TITLE" -metadata artist="$ARTIST" ffmpeg-id3-chunk.aiff

rm tone.wav
ls -l ./*.mp3 ./*.m4a ./*.wav ./*.aiff
