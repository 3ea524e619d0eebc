#!/usr/bin/env python3
"""Writes chime.wav: the three-note attention chime played before every announcement.

Bell-like notes (a fundamental with two soft overtones and an exponential decay), rising G4-C5-E5
as in station announcements, 16 kHz mono 16-bit PCM so the file stays small.
Usage: make-chime.py [OUT.wav]  (default: chime.wav beside this script)
"""
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 16000
NOTES = [(0.00, 392.00), (0.32, 523.25), (0.64, 659.25)]  # start (s), frequency (Hz)
LENGTH = 1.45  # seconds
DECAY = 3.2    # 1/s
PEAK = 0.42    # of full scale, leaves headroom where the notes overlap


def sample(t: float) -> float:
    value = 0.0
    for start, freq in NOTES:
        dt = t - start
        if dt < 0:
            continue
        attack = min(1.0, dt / 0.008)  # 8 ms attack: no click
        envelope = attack * math.exp(-DECAY * dt)
        tone = (math.sin(2 * math.pi * freq * dt)
                + 0.35 * math.sin(2 * math.pi * 2 * freq * dt)
                + 0.12 * math.sin(2 * math.pi * 3 * freq * dt))
        value += envelope * tone / 1.47
    fade = min(1.0, (LENGTH - t) / 0.05)  # last 50 ms fade to silence
    return PEAK * value * fade


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("chime.wav")
    frames = bytearray()
    for i in range(int(RATE * LENGTH)):
        v = max(-1.0, min(1.0, sample(i / RATE)))
        frames += struct.pack("<h", int(round(v * 32767)))
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))


if __name__ == "__main__":
    main()
