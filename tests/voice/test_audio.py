"""Audio conversion in pure Python: any WAV to 16 kHz mono 16-bit."""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from backchat.speech.audio import (
    dbfs,
    from_samples,
    join,
    load_speech,
    pad,
    read_wav,
    resample,
    samples,
    silence,
    split,
    to_speech_format,
    with_noise_floor,
    write_wav,
)
from backchat.speech.errors import AudioFormatError
from backchat.speech.ports import SPEECH_FORMAT, AudioChunk, AudioFormat


def sine(freq: float, rate: int, seconds: float = 0.5, amp: int = 10000) -> list[int]:
    return [round(amp * math.sin(2 * math.pi * freq * i / rate)) for i in range(int(rate * seconds))]


def test_espeak_wav_becomes_16k_mono(espeak_wav: Callable[..., Path]) -> None:
    raw = read_wav(espeak_wav("how long have you had this pain"))
    assert raw.format == AudioFormat(22050, 2, 1)
    speech = load_speech(espeak_wav("how long have you had this pain"))
    assert speech.format == SPEECH_FORMAT
    assert speech.seconds == pytest.approx(raw.seconds, abs=0.01)
    assert dbfs(speech) == pytest.approx(dbfs(raw), abs=1.0)


def test_resampling_keeps_speech_band_and_removes_what_would_fold_back() -> None:
    kept = to_speech_format(from_samples(sine(1000, 22050), 22050))
    assert dbfs(kept) == pytest.approx(dbfs(from_samples(sine(1000, 22050), 22050)), abs=0.3)
    folded = to_speech_format(from_samples(sine(10500, 22050), 22050))
    assert dbfs(folded) < -60  # 10.5 kHz would alias to 5.5 kHz without the filter
    up = resample(sine(1000, 8000), 8000, 16000)
    assert len(up) == 8000


def test_stereo_24_bit_extensible_and_float_wavs(tmp_path: Path) -> None:
    frames = sine(440, 44100, 0.2)

    def riff(tag: int, bits: int, data: bytes, channels: int = 2) -> bytes:
        fmt = struct.pack("<HHIIHH", 0xFFFE if tag == 1 else 3, channels, 44100,
                          44100 * channels * bits // 8, channels * bits // 8, bits)
        if tag == 1:  # WAVE_FORMAT_EXTENSIBLE with the PCM sub-format GUID
            fmt += struct.pack("<HHI", 22, bits, 3) + bytes.fromhex(
                "0100000000001000800000aa00389b71")
        body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
        body += b"data" + struct.pack("<I", len(data)) + data
        return b"RIFF" + struct.pack("<I", len(body)) + body

    pcm24 = b"".join((v << 16).to_bytes(4, "little", signed=True)[1:] * 2 for v in frames)
    (tmp_path / "s24.wav").write_bytes(riff(1, 24, pcm24))
    floats = b"".join(struct.pack("<ff", v / 32768, v / 32768) for v in frames)
    (tmp_path / "f32.wav").write_bytes(riff(3, 32, floats))
    for name in ("s24.wav", "f32.wav"):
        chunk = load_speech(tmp_path / name)
        assert chunk.format == SPEECH_FORMAT
        assert chunk.seconds == pytest.approx(0.2, abs=0.01)
        assert dbfs(chunk) == pytest.approx(dbfs(from_samples(frames, 44100)), abs=0.5)


def test_8_bit_and_32_bit_pcm_round_trip(tmp_path: Path) -> None:
    values = sine(300, 16000, 0.1)
    for width in (1, 3, 4):
        raw = b"".join(((v >> 8) + 128).to_bytes(1, "little") if width == 1 else
                       (v << (8 * (width - 2))).to_bytes(width, "little", signed=True)
                       for v in values)
        path = write_wav(tmp_path / f"w{width}.wav", AudioChunk(raw, AudioFormat(16000, width, 1)))
        back = samples(load_speech(path))
        assert max(abs(a - b) for a, b in zip(back, values, strict=True)) <= 256


def test_bad_input_gives_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "x.wav").write_text("not audio")
    with pytest.raises(AudioFormatError, match="not a PCM WAV file"):
        read_wav(tmp_path / "x.wav")
    with pytest.raises(AudioFormatError, match="no audio file"):
        read_wav(tmp_path / "missing.wav")
    with pytest.raises(AudioFormatError, match="whole number"):
        AudioChunk(b"\x00", SPEECH_FORMAT)
    with pytest.raises(AudioFormatError, match="Unsupported"):
        AudioFormat(16000, 5, 1)


def test_split_join_pad_silence_and_noise_floor() -> None:
    chunk = from_samples(sine(500, 16000, 1.0))
    pieces = list(split(chunk, 0.1))
    assert len(pieces) == 10 and join(pieces) == chunk
    assert pad(chunk, 0.25, 0.5).seconds == pytest.approx(1.75)
    assert dbfs(silence(0.5)) == -120.0
    noisy = with_noise_floor(silence(0.5))
    assert dbfs(noisy) == pytest.approx(-50, abs=1.0)
    assert noisy == with_noise_floor(silence(0.5))  # deterministic
