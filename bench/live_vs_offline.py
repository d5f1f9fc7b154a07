#!/usr/bin/env python3
"""Is what the app played live (recorded from the sound server) the same as its offline render?

   bench/live_vs_offline.py LIVE.wav OFFLINE.wav [OFFLINE_START_SECONDS]

Finds the one lag that aligns the recording with the offline render (from OFFLINE_START_SECONDS on), then, in
windows of 2 s, the lag that aligns each window on its own. If the live sound is the offline sound shifted by a
constant (no drift, no gap, no late cue), every window's lag equals the global one to within a sample or two
(the sound server resamples 48 kHz to its 44.1 kHz sink and back). Also prints the residual after subtracting
the aligned, gain-matched render. Needs python3-numpy.
"""
import sys
import wave

import numpy as np


def read(path):
    with wave.open(path) as w:
        rate, channels, n = w.getframerate(), w.getnchannels(), w.getnframes()
        data = np.frombuffer(w.readframes(n), dtype='<i2').astype(np.float64) / 32768
    return rate, data.reshape(-1, channels).mean(axis=1)


def lag_of(a, b):
    """The lag L maximising sum a[t] * b[t + L] (b longer than a is fine)."""
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    c = np.fft.irfft(np.conj(np.fft.rfft(a, n)) * np.fft.rfft(b, n), n)
    return int(np.argmax(c[:len(b)]))


rate, live = read(sys.argv[1])
rate2, off = read(sys.argv[2])
assert rate == rate2 == 48000, (rate, rate2)
start = int(float(sys.argv[3]) * rate) if len(sys.argv) > 3 else 0
off = off[start:]
first = int(np.argmax(np.abs(live) > 0.01))          # the first sound the app made
live = live[first:]
span = min(len(live), len(off)) - 2 * rate
probe = live[: 20 * rate]
lag = lag_of(probe, off[: 40 * rate])                # live[t] == off[t + lag]
window = 2 * rate
lags = []
for w0 in range(0, span - window - rate, window):
    seg = live[w0: w0 + window]
    if np.max(np.abs(seg)) < 0.01:
        continue
    if w0 + lag - 480 < 0:
        continue                                     # the live sound starts at the render's first frame
    ref = off[w0 + lag - 480: w0 + lag + window + 480]
    local = lag_of(seg, ref) - 480
    lags.append(local)
lags = np.array(lags)
seg = live[: span - rate]
ref = off[lag: lag + len(seg)]
gain = float(np.dot(seg, ref) / np.dot(ref, ref))
residual = seg - gain * ref
db = 10 * np.log10(np.sum(residual ** 2) / np.sum(seg ** 2))
print("window lags (ms):", " ".join(f"{x / rate * 1000:.2f}" for x in lags))
print(f"compared {len(seg) / rate:.1f} s of live sound with the offline render (live starts {lag / rate:.4f} s "
      f"into it); 2-s windows: {len(lags)}, their own lag minus the global one: "
      f"min {lags.min() / rate * 1000:+.3f} ms, max {lags.max() / rate * 1000:+.3f} ms; "
      f"gain {gain:.3f}; residual {db:.1f} dB")
