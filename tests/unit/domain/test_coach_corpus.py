"""The coach against a labelled corpus: precision and recall of every kind at least 0.9."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from relate_desktop.domain.coach import FindingKind, findings

CORPUS = Path(__file__).with_name("coach_corpus.json")
THRESHOLD = 0.9


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0


def entries() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(CORPUS.read_text(encoding="utf-8"))["entries"]
    return data


def found_kinds(entry: dict[str, Any]) -> set[str]:
    return {
        f.kind.value
        for f in findings(entry["text"], entry.get("draft", "free"), part=entry.get("part"))
    }


def score(corpus: list[dict[str, Any]]) -> dict[FindingKind, Tally]:
    tallies = {kind: Tally() for kind in FindingKind}
    for entry in corpus:
        expected, found = set(entry["kinds"]), found_kinds(entry)
        for kind, tally in tallies.items():
            if kind in expected and kind in found:
                tally.true_positive += 1
            elif kind in found:
                tally.false_positive += 1
                tally.false_alarms.append(entry["text"])
            elif kind in expected:
                tally.false_negative += 1
                tally.misses.append(entry["text"])
    return tallies


def table(tallies: dict[FindingKind, Tally]) -> str:
    lines = [
        f"{'kind':<22}{'positives':>10}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}"
    ]
    for kind, t in tallies.items():
        lines.append(
            f"{kind.value:<22}{t.true_positive + t.false_negative:>10}{t.true_positive:>5}"
            f"{t.false_positive:>5}{t.false_negative:>5}{t.precision:>11.2f}{t.recall:>8.2f}"
        )
    return "\n".join(lines)


def test_the_corpus_is_big_enough_and_covers_every_kind_both_ways() -> None:
    corpus = entries()
    assert len(corpus) >= 150
    for kind in FindingKind:
        positives = [e for e in corpus if kind in e["kinds"]]
        assert len(positives) >= 10, kind
    assert sum(1 for e in corpus if e.get("tricky")) >= 60
    assert all(set(e["kinds"]) <= {k.value for k in FindingKind} for e in corpus)


def test_precision_and_recall_of_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    tallies = score(entries())
    with capsys.disabled():
        print(f"\ncoach corpus, {len(entries())} sentences\n{table(tallies)}")
    weak = {
        kind.value: {"misses": t.misses, "false alarms": t.false_alarms}
        for kind, t in tallies.items()
        if t.precision < THRESHOLD or t.recall < THRESHOLD
    }
    assert not weak, json.dumps(weak, indent=2)
