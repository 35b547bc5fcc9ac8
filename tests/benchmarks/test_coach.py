"""The language coach on a 5,000-word text, against one plain pass over the same text."""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from relate_desktop.domain.coach import findings

pytestmark = pytest.mark.benchmark

RUNS = 21
WORDS = 5_000
TARGET_MS = 20.0
CORPUS = Path(__file__).parents[1] / "unit" / "domain" / "coach_corpus.json"


def draft_of(words: int) -> str:
    """A long draft made of the corpus sentences, shuffled: findings at a realistic density."""
    entries = json.loads(CORPUS.read_text(encoding="utf-8"))["entries"]
    sentences = [e["text"] for e in entries if e["text"].strip()]
    rng = random.Random(5000)
    chosen: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(sentences)
        chosen.append(sentence)
        count += len(sentence.split())
    return " ".join(chosen)


def median_ms(action: Callable[[], object]) -> float:
    action()  # warm: patterns are compiled on first use
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def test_coach_on_five_thousand_words() -> None:
    text = draft_of(WORDS)
    word = re.compile(r"\b\w+\b", re.IGNORECASE)

    split = median_ms(text.split)
    one_regex = median_ms(lambda: word.findall(text))
    free = median_ms(lambda: findings(text))
    request = median_ms(lambda: findings(text, "request"))
    apology = median_ms(lambda: findings(text, "apology"))
    found = len(findings(text))

    print(f"\ncoach on {len(text.split())} words ({len(text)} characters), median of {RUNS} runs:")
    rows = [
        ("str.split", split),
        ("one regex pass, \\b\\w+\\b", one_regex),
        ("coach, free text", free),
        ("coach, request", request),
        ("coach, apology", apology),
    ]
    for name, ms in rows:
        print(f"  {name:<26} {ms:7.2f} ms   {ms / one_regex:5.2f}x the regex pass")
    print(f"  findings in the free text: {found}; target under {TARGET_MS:.0f} ms")
    assert max(free, request, apology) < TARGET_MS
