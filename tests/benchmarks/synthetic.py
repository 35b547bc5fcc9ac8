"""Synthetic households: years of conflicts and journal entries, reproducible from a seed.

    python -m tests.benchmarks.synthetic OUT.json --conflicts 10000 --journal 100000

writes an interchange file (docs/interchange.md) that `relate-desktop import` takes."""

from __future__ import annotations

import argparse
import json
import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

MARIA = "11111111-1111-4111-8111-111111111111"
LLOYD = "22222222-2222-4222-8222-222222222222"
ZONE = timezone(timedelta(hours=-6))
START = datetime(2016, 1, 4, 19, 0, tzinfo=ZONE)
DAYS = 10 * 365
TOPICS = (
    "money",
    "chores",
    "in-laws",
    "phones at dinner",
    "time together",
    "the kids' bedtime",
    "work late",
    "intimacy",
    "friends",
    "holidays",
)
TITLES = (
    "Argument about {topic}",
    "{topic} again",
    "Cold silence after {topic}",
    "Raised voices over {topic}",
    "Door slammed: {topic}",
)
# Common words (so some searches match a lot) and rarer ones (so others match a few).
COMMON_TEXT = (
    "today we talked about the evening and I felt tired but wanted to try again with "
    "you after dinner when the kids were asleep it was hard to say what I needed"
)
RARE_TEXT = (
    "river lantern orchard violin pancake compass harbour meadow ladder blanket "
    "thunder marble garden bicycle window kettle candle pebble sparrow tulip "
    "museum bakery ferry cinema balcony lighthouse notebook umbrella suitcase wardrobe"
)
COMMON = COMMON_TEXT.split()
RARE = RARE_TEXT.split()
WORLD = (
    "café au lait près de la fenêtre",
    "我们今天散步了很久",
    "昨日は二人で料理をした",
    "הלכנו לים בערב",
    "مشينا على الشاطئ",
    "Grateful 🙏 for the small things 🌱",
    "Straße, Größe und Spaß",
)
STANCES = ("one_up", "one_down", "same_as")
REACTIONS = ("fight", "flight", "fix")
STRATEGIES = (
    "being_right",
    "controlling",
    "unbridled_self_expression",
    "retaliation",
    "withdrawal",
)
OUTCOMES = ("held", "held", "partly", "not_yet", None)


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(COMMON) if rng.random() < 0.85 else rng.choice(RARE) for _ in range(words)]
    text = " ".join(chosen).capitalize() + "."
    if rng.random() < 0.08:
        text += " " + rng.choice(WORLD)
    return text


def _moment(rng: random.Random, day: int) -> str:
    minutes = rng.randrange(0, 240)
    return (START + timedelta(days=day, minutes=minutes)).isoformat()


def _perspective(rng: random.Random, person: str, growth: float) -> dict[str, Any]:
    # Over the years each person reaches same-as more often (the work pays off).
    home = "one_up" if person == MARIA else "one_down"
    stance = "same_as" if rng.random() < growth * 0.6 else home
    reaction = "fight" if home == "one_up" else rng.choice(("flight", "fix"))
    favourites = (
        ("being_right", "controlling") if home == "one_up" else ("withdrawal", "retaliation")
    )
    strategies = sorted(
        {rng.choice(favourites), rng.choice(STRATEGIES)} if rng.random() < 0.8 else set()
    )
    return {
        "person": person,
        "private": False,
        "stance": stance,
        "reactions": [reaction] if stance != "same_as" else [],
        "losing_strategies": strategies if stance != "same_as" else [],
        "made_up": "",
        "feelings": [],
        "notes": "",
    }


def conflict(rng: random.Random, index: int, total: int) -> dict[str, Any]:
    day = int(DAYS * index / max(1, total))
    topic = rng.choices(TOPICS, weights=(9, 8, 5, 5, 4, 3, 3, 2, 1, 1))[0]
    growth = index / max(1, total)
    cid = _id(rng)
    when = _moment(rng, day)
    item: dict[str, Any] = {
        "id": cid,
        "occurred_at": when,
        "title": rng.choice(TITLES).format(topic=topic).capitalize(),
        "what_happened": _sentence(rng, rng.randrange(12, 40)),
        "topic": topic,
        "intensity": rng.randrange(1, 11),
        "logged_by": rng.choice((MARIA, LLOYD)),
        "perspectives": [_perspective(rng, MARIA, growth), _perspective(rng, LLOYD, growth)],
        "drafts": [],
        "agreements": [],
    }
    if rng.random() < 0.5:
        item["drafts"].append(
            {
                "id": _id(rng),
                "kind": "request",
                "author": MARIA,
                "to": LLOYD,
                "text": _sentence(rng, rng.randrange(15, 30)),
                "status": "accepted",
            }
        )
        made = START + timedelta(days=day, hours=6)
        item["agreements"].append(
            {
                "id": _id(rng),
                "title": f"About {topic}: " + rng.choice(RARE),
                "created_at": made.isoformat(),
                "status": "active",
                "commitments": [
                    {"person": LLOYD, "action": _sentence(rng, 6), "when": "every week"}
                ],
                "confirmed_by": [MARIA, LLOYD],
                "follow_ups": [
                    {
                        "id": _id(rng),
                        "due_at": (made + timedelta(days=days)).isoformat(),
                        "status": "done" if (outcome := rng.choice(OUTCOMES)) else "pending",
                        "outcome": outcome,
                        "note": "",
                    }
                    for days in (3, 7)
                ],
            }
        )
    return item


def entry(rng: random.Random, index: int, total: int) -> dict[str, Any]:
    day = int(DAYS * index / max(1, total))
    return {
        "id": _id(rng),
        "author": rng.choice((MARIA, LLOYD)),
        "created_at": _moment(rng, day),
        "private": False,
        "prompt": None,
        "body": " ".join(_sentence(rng, rng.randrange(8, 20)) for _ in range(rng.randrange(2, 6))),
    }


def household(conflicts: int, journal: int, seed: int = 8) -> dict[str, Any]:
    """An interchange dict: two people, `conflicts` conflicts and `journal` entries over ten
    years (about half the conflicts with a request, an agreement and two check-ins)."""
    rng = random.Random(seed)
    return {
        "format": "relate-desktop",
        "version": 1,
        "people": [{"id": MARIA, "name": "Maria"}, {"id": LLOYD, "name": "Lloyd"}],
        "conflicts": [conflict(rng, i, conflicts) for i in range(conflicts)],
        "journal": [entry(rng, i, journal) for i in range(journal)],
    }


def write(path: Path, conflicts: int, journal: int, seed: int = 8) -> Path:
    """The same file as json.dumps(household(...)), written a record at a time (the 50k
    household's file is about 250 MB, its dict several times that)."""
    rng = random.Random(seed)
    start = {"format": "relate-desktop", "version": 1, "people": household(0, 0)["people"]}
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps(start, ensure_ascii=False)[:-1] + ', "conflicts": [')
        for i in range(conflicts):
            out.write(
                (", " if i else "") + json.dumps(conflict(rng, i, conflicts), ensure_ascii=False)
            )
        out.write('], "journal": [')
        for i in range(journal):
            out.write((", " if i else "") + json.dumps(entry(rng, i, journal), ensure_ascii=False))
        out.write("]}")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--conflicts", type=int, default=10_000)
    parser.add_argument("--journal", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    write(args.out, args.conflicts, args.journal, args.seed)


if __name__ == "__main__":
    main()
