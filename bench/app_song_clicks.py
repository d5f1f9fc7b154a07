#!/usr/bin/env python3
"""The app's clicks over a song, recorded from the sound server, against the song's true beats.

   bench/app_song_clicks.py REC.wav SONG.wav BEATS [SKIP_SECONDS]

REC.wav: the null sink's monitor while the app played the song with "click over the song" on (mono).
SONG.wav: the very file the app played, decoded by ffmpeg to 44.1 kHz mono (so its timeline is the file's).
BEATS: the song's true beat times (TempoMapSongs' ID.beats: seconds, tab, 1 on a downbeat).

1. finds where the song sits in the recording (cross-correlation, coarse at 11 kHz then to the sample),
   and again window by window (2 s), as a gap in the sound moves the song and the clicks on together,
2. subtracts the song, gain-matched, from the recording: what is left is what the app added (the clicks),
3. finds every click's onset in what is left (1-5 kHz band, where the click's partials are), skipping the
   first SKIP_SECONDS (default 2: the count-in and the jump into the block),
4. maps each click to song time and measures it against the nearest true beat.
Prints one line: clicks, beats matched, mean and max |error| (ms), mean signed error, song offset. Needs numpy.
"""
import sys
import wave

import numpy as np


def read(path):
    with wave.open(path) as w:
        rate, channels, n = w.getframerate(), w.getnchannels(), w.getnframes()
        width = w.getsampwidth()
        raw = w.readframes(n)
    dtype = {2: '<i2', 4: '<i4'}[width]
    data = np.frombuffer(raw, dtype=dtype).astype(np.float64) / (2 ** (8 * width - 1))
    return rate, data.reshape(-1, channels).mean(axis=1)


def xcorr_lag(a, b):
    """The lag L maximising sum a[t + L] * b[t]: where b starts inside a (L may be negative)."""
    n = 1 << int(np.ceil(np.log2(len(a) + len(b))))
    c = np.fft.irfft(np.fft.rfft(a, n) * np.conj(np.fft.rfft(b, n)), n)
    k = int(np.argmax(c))
    return k if k < n // 2 else k - n


def band(x, rate, lo, hi):
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / rate)
    spec[(f < lo) | (f > hi)] = 0
    return np.fft.irfft(spec, len(x))


def main():
    rec_path, song_path, beats_path = sys.argv[1:4]
    skip = float(sys.argv[4]) if len(sys.argv) > 4 else 2.0
    rate, rec = read(rec_path)
    srate, song = read(song_path)
    assert rate == srate == 44100, (rate, srate)
    truth = np.array([float(line.split()[0]) for line in open(beats_path) if line.strip()])

    # Where the song's sample 0 is in the recording: coarse on a decimated copy, then to the sample.
    d = 4
    coarse = xcorr_lag(rec[::d], song[::d]) * d
    best, lag = -np.inf, coarse
    seg = slice(max(0, coarse), min(len(rec), coarse + len(song)))
    for L in range(coarse - 2 * d, coarse + 2 * d + 1):
        lo, hi = max(seg.start, L), min(seg.stop, L + len(song))
        v = np.dot(rec[lo:hi], song[lo - L:hi - L])
        if v > best:
            best, lag = v, L
    # A gap in the sound (a loaded machine) moves the song and the clicks together: align every 2 s window on
    # its own, within 0.2 s of the global lag, so a gap shifts the windows after it, not the measurement.
    win = 2 * rate
    reach = int(0.2 * rate)
    lags = np.zeros(len(rec), dtype=np.int64)
    aligned = np.zeros_like(rec)
    for w0 in range(0, len(rec), win):
        w1 = min(len(rec), w0 + win)
        s0 = w0 - lag - reach
        if s0 < 0 or w1 - lag + reach > len(song):
            lags[w0:w1] = lag
        else:
            seg_song = song[s0:w1 - lag + reach]
            k = xcorr_lag(seg_song, rec[w0:w1])   # where the window starts inside the song segment
            k = min(max(k, 0), 2 * reach)
            lags[w0:w1] = w0 - (s0 + k)
        L = int(lags[w0])
        a0, a1 = max(w0, L), min(w1, L + len(song))
        if a1 > a0:
            aligned[a0:a1] = song[a0 - L:a1 - L]
    lo, hi = max(0, lag), min(len(rec), lag + len(song))
    g = np.dot(rec, aligned) / max(np.dot(aligned, aligned), 1e-12)
    residual = rec - g * aligned

    # Click onsets: the envelope of the 1-5 kHz band of what the app added.
    r = band(residual, rate, 1000, 5000)
    env = np.abs(r)
    w = int(0.002 * rate)
    env = np.convolve(env, np.ones(w) / w, mode='same')
    start = int((max(lo / rate, 0) + skip) * rate)
    env[:start] = 0
    env[hi:] = 0
    peak = np.percentile(env[start:hi], 99.9) if hi > start else 0
    threshold = 0.25 * peak
    clicks = []
    i = start
    gap = int(0.15 * rate)
    while i < len(env):
        if env[i] > threshold:
            # The onset: back from the crossing to where the envelope rose from the floor.
            j = i
            floor = 0.1 * env[i:i + int(0.01 * rate)].max()
            while j > i - int(0.01 * rate) and env[j - 1] > floor:
                j -= 1
            clicks.append(j / rate)
            i += gap
        else:
            i += 1
    clicks = np.array(clicks)
    song_times = np.array([c - lags[min(len(lags) - 1, int(c * rate))] / rate for c in clicks])
    errors = []
    for t in song_times:
        k = np.argmin(np.abs(truth - t))
        errors.append(t - truth[k])
    errors = np.array(errors)
    if len(errors) == 0:
        print("clicks 0 (nothing found)")
        return
    a = np.abs(errors) * 1000
    on = a[a <= 70]
    if len(on):
        print(f"clicks on a true beat (within 70 ms): {len(on)} of {len(a)}  mean |error| {on.mean():.1f} ms  "
              f"max {on.max():.1f} ms; true beats in the span {np.sum((truth >= song_times.min()) & (truth <= song_times.max()))}")
    print(f"clicks {len(clicks)}  within 35 ms {np.mean(a <= 35) * 100:.1f} %  within 70 ms {np.mean(a <= 70) * 100:.1f} %  "
          f"mean |error| {a.mean():.1f} ms  median {np.median(a):.1f} ms  max {a.max():.1f} ms  "
          f"mean signed {errors.mean() * 1000:+.1f} ms  song at {lag / rate:.3f} s of the recording (windows: {np.ptp(lags) / rate * 1000:.0f} ms apart at most)  gain {g:.2f}  "
          f"song {song_times.min():.1f}-{song_times.max():.1f} s")


if __name__ == '__main__':
    main()
