// Runs npm's music-tempo (BeatRoot) on 44.1 kHz mono 32-bit float PCM from stdin; prints every beat time, one a line.
//   ffmpeg -v error -i song.mp3 -f f32le -ac 1 -ar 44100 - | node bench/music-tempo-beats.js
// Needs: npm install music-tempo@1.0.3 (NODE_PATH pointing at its node_modules).
const MusicTempo = require('music-tempo');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const buffer = Buffer.concat(chunks);
  const samples = new Float32Array(buffer.buffer, buffer.byteOffset, Math.floor(buffer.length / 4));
  try {
    const mt = new MusicTempo(Array.from(samples));
    console.log(mt.beats.join('\n'));
  } catch (e) {
    // No beats.
  }
});
