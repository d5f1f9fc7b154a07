// Runs npm's music-tempo on 44.1 kHz mono 32-bit float PCM from stdin; prints "BPM FIRST_BEAT_SECONDS".
//   ffmpeg -v error -i song.mp3 -f f32le -ac 1 -ar 44100 - | node bench/music-tempo.js
// Needs: npm install music-tempo (in bench/ or any parent folder, or NODE_PATH).
const MusicTempo = require('music-tempo');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const buffer = Buffer.concat(chunks);
  const samples = new Float32Array(buffer.buffer, buffer.byteOffset, Math.floor(buffer.length / 4));
  try {
    const mt = new MusicTempo(Array.from(samples));
    const first = mt.beats.length > 0 ? mt.beats[0] : NaN;
    console.log(`${Number(mt.tempo)} ${first}`);
  } catch (e) {
    console.log('0 NaN');
  }
});
