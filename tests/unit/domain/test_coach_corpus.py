"""The coach against labelled corpora in English and Spanish: precision and recall of every
finding kind, kept from falling below the floors documented in docs/language.md."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from relate_desktop.domain.coach import FindingKind, findings

HERE = Path(__file__).parent
CORPORA = {"en": HERE / "coach_corpus.json", "es": HERE / "coach_corpus.es.json"}
DOCS = HERE.parents[2] / "docs" / "language.md"
MINIMUM = 200
# A row of the floors table: | en | label | 41 | 0.97 | 0.95 | 0.95 | 0.95 |
ROW = re.compile(
    r"^\|\s*(en|es)\s*\|\s*([a-z_]+)\s*\|\s*\d+\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|",
    re.MULTILINE,
)


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


def entries(language: str = "en") -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(CORPORA[language].read_text(encoding="utf-8"))[
        "entries"
    ]
    return data


def found_kinds(entry: dict[str, Any], language: str = "en") -> set[str]:
    return {
        f.kind.value
        for f in findings(
            entry["text"], entry.get("draft", "free"), part=entry.get("part"), language=language
        )
    }


def score(corpus: list[dict[str, Any]], language: str = "en") -> dict[FindingKind, Tally]:
    tallies = {kind: Tally() for kind in FindingKind}
    for entry in corpus:
        expected, found = set(entry["kinds"]), found_kinds(entry, language)
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


def table(language: str, tallies: dict[FindingKind, Tally]) -> str:
    """The rows of docs/language.md's table for one language (floors = measured, rounded down)."""
    lines = []
    for kind, t in tallies.items():
        positives = t.true_positive + t.false_negative
        lines.append(
            f"| {language} | {kind.value} | {positives} | {t.precision:.2f} | {t.recall:.2f} "
            f"| {int(t.precision * 100) / 100:.2f} | {int(t.recall * 100) / 100:.2f} |"
        )
    return "\n".join(lines)


def documented_floors() -> dict[tuple[str, str], tuple[float, float]]:
    text = DOCS.read_text(encoding="utf-8")
    return {
        (language, kind): (float(precision), float(recall))
        for language, kind, precision, recall in ROW.findall(text)
    }


@pytest.mark.parametrize("language", sorted(CORPORA))
def test_the_corpus_is_big_enough_and_covers_every_kind_both_ways(language: str) -> None:
    corpus = entries(language)
    assert len(corpus) >= MINIMUM
    for kind in FindingKind:
        positives = [e for e in corpus if kind in e["kinds"]]
        assert len(positives) >= 4, kind
    assert sum(1 for e in corpus if e.get("tricky")) >= 60
    assert all(set(e["kinds"]) <= {k.value for k in FindingKind} for e in corpus)
    drafts = {e.get("draft", "free") for e in corpus}
    assert {"facts", "response", "apology_response"} <= drafts


def test_every_kind_of_both_languages_has_a_documented_floor() -> None:
    floors = documented_floors()
    assert set(floors) == {(lang, kind.value) for lang in CORPORA for kind in FindingKind}


@pytest.mark.parametrize("language", sorted(CORPORA))
def test_precision_and_recall_stay_above_the_documented_floors(
    language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = entries(language)
    tallies = score(corpus, language)
    with capsys.disabled():
        print(f"\ncoach corpus ({language}), {len(corpus)} sentences\n{table(language, tallies)}")
    floors = documented_floors()
    fallen = {
        kind.value: {
            "precision": round(t.precision, 3),
            "recall": round(t.recall, 3),
            "misses": t.misses,
            "false alarms": t.false_alarms,
        }
        for kind, t in tallies.items()
        if t.precision < floors[(language, kind.value)][0]
        or t.recall < floors[(language, kind.value)][1]
    }
    assert not fallen, json.dumps(fallen, indent=2, ensure_ascii=False)
