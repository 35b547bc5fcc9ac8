"""The language coach: finds labels, blame, threats and vague wishes in a draft, from data rules."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Any

from relate_desktop.bundled import resources_dir
from relate_desktop.domain.language import resolve

DRAFT_KINDS = ("request", "apology", "response", "apology_response", "facts", "free")
# Drafts where the writer answers their partner or owns their part: a "but" there is a defence.
ANSWERING_DRAFTS = frozenset({"apology", "response", "apology_response"})

# Rules match a lowercased copy of the text with straight apostrophes. Every change is one
# character for one, so spans in the copy are spans in the text. (U+0130 is the only character
# whose lower case is longer; it is mapped first.) Matching lowercase without IGNORECASE is
# about four times faster.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\uff07")
_SENTENCE_END = re.compile(r"[.!?…\n]+")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_VERBATIM = re.compile(
    r"\\(?:U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|N\{[^}]*\}|.)|\(\?P[<=]", re.DOTALL
)
_FLAGS = re.MULTILINE


def _folded(text: str) -> str:
    folded = text.replace("\u0130", "i").lower()
    for apostrophe in _APOSTROPHES:
        folded = folded.replace(apostrophe, "'")
    return folded


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _finditer(
    pattern: re.Pattern[str], word_start: bool, text: str, low: int, high: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, where `word_start` stands for a leading \\b taken off the pattern.

    A leading \\b stops `re` from skipping ahead to the characters a match can start with, which
    makes a scan several times slower; checking the boundary here keeps the fast path.
    """
    if not word_start:
        yield from pattern.finditer(text, low, high)
        return
    position, size = low, len(text)
    while position <= high:
        match = pattern.search(text, position, high)
        if match is None:
            return
        start = match.start()
        before = start > 0 and _is_word(text[start - 1])
        after = start < size and _is_word(text[start])
        if before == after:  # not at a word boundary: try again one character later
            position = start + 1
            continue
        yield match
        position = match.end() if match.end() > start else start + 1


def _lowercase_pattern(pattern: str) -> str:
    """Lower-case a pattern's words, leaving escapes (\\W, \\U0001F644) and `(?P<name>` alone."""
    pieces, last = [], 0
    for escape in _VERBATIM.finditer(pattern):
        pieces += [pattern[last : escape.start()].lower(), escape.group()]
        last = escape.end()
    pieces.append(pattern[last:].lower())
    return "".join(pieces)


class FindingKind(StrEnum):
    LABEL = "label"
    ABSOLUTE = "absolute"
    YOU_STATEMENT = "you_statement"
    THOUGHT_AS_FEELING = "thought_as_feeling"
    DEMAND = "demand"
    CONTEMPT = "contempt"
    THREAT = "threat"
    EXCUSE = "excuse"
    CONDITIONAL_APOLOGY = "conditional_apology"
    NO_REQUEST = "no_request"
    VAGUE_REQUEST = "vague_request"


@dataclass(frozen=True)
class Finding:
    """One thing the coach noticed: where it is, what kind, why it matters and what to try."""

    start: int
    end: int
    kind: FindingKind
    group: str
    title: str
    explanation: str
    suggestion: str
    phrase: str

    @property
    def key(self) -> str:
        """Stable across edits elsewhere in the text: the kind and the words, not the position."""
        return f"{self.kind.value}:{' '.join(self.phrase.casefold().split())}"


@dataclass(frozen=True)
class RequestCheck:
    """Whether a wish is specific (when, how often), a behaviour rather than a trait, and doable."""

    specific: bool
    behavioural: bool
    doable: bool


@dataclass(frozen=True)
class _KindText:
    group: str
    title: str
    explanation: str
    suggestion: str
    # A suggestion that fits one draft better, e.g. on the facts step: {"facts": "..."}.
    suggestion_for: Mapping[str, str]


@dataclass(frozen=True)
class _Rule:
    kind: FindingKind
    pattern: re.Pattern[str]
    word_start: bool
    unless_before: re.Pattern[str] | None
    unless_after: re.Pattern[str] | None
    unless_match: re.Pattern[str] | None
    unless_sentence: re.Pattern[str] | None
    only_after: re.Pattern[str] | None
    trigger: re.Pattern[str] | None
    context: str | None
    parts: frozenset[str] | None
    parts_only: bool

    def applies_to(self, part: str | None) -> bool:
        if self.parts is None:
            return True
        if part is None:
            return not self.parts_only
        return part in self.parts


@dataclass(frozen=True)
class _Rulebook:
    kinds: Mapping[FindingKind, _KindText]
    groups: Mapping[str, str]
    rules: tuple[_Rule, ...]
    apology_words: re.Pattern[str]
    request_words: re.Pattern[str]
    no_request_drafts: frozenset[str]
    no_request_parts: frozenset[str]
    complaint_kinds: frozenset[FindingKind]
    complaint: re.Pattern[str]
    when: re.Pattern[str]
    how_often: re.Pattern[str]
    negative_only: re.Pattern[str]
    reported: re.Pattern[str]
    ui: Mapping[str, Any]


def _load(language: str) -> dict[str, Any]:
    path = resources_dir() / "text" / f"coach.{language}.json"
    if not path.exists():
        path = resources_dir() / "text" / "coach.en.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _expand(source: str | Sequence[str], words: Mapping[str, Sequence[str]]) -> str:
    text = source if isinstance(source, str) else "".join(source)

    def alternation(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in words:
            raise ValueError(f"coach rules: unknown word list {{{name}}}")
        return "(?:" + "|".join(words[name]) + ")"

    return _PLACEHOLDER.sub(alternation, text)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(_lowercase_pattern(pattern), _FLAGS)


def _words_pattern(items: Sequence[str]) -> re.Pattern[str]:
    return _compile(r"\b(?:" + "|".join(items) + r")\b")


@cache
def _rulebook(language: str) -> _Rulebook:
    """Every pattern compiled once per language."""
    data = _load(language)
    words: dict[str, list[str]] = data["words"]

    def compiled(source: str | Sequence[str] | None) -> re.Pattern[str] | None:
        return None if source is None else _compile(_expand(source, words))

    kinds = {
        FindingKind(name): _KindText(
            entry["group"],
            entry["title"],
            entry["explanation"],
            entry["suggestion"],
            entry.get("suggestion_for", {}),
        )
        for name, entry in data["kinds"].items()
    }
    missing = set(FindingKind) - set(kinds)
    if missing:
        raise ValueError(f"coach rules for {language!r} lack texts for {sorted(missing)}")
    rules = []
    for entry in data["rules"]:
        source = _expand(entry["pattern"], words)
        word_start = source.startswith("\\b")
        parts = entry.get("parts")
        rules.append(
            _Rule(
                kind=FindingKind(entry["kind"]),
                pattern=_compile(source[2:] if word_start else source),
                word_start=word_start,
                unless_before=compiled(entry.get("unless_before")),
                unless_after=compiled(entry.get("unless_after")),
                unless_match=compiled(entry.get("unless_match")),
                unless_sentence=compiled(entry.get("unless_sentence")),
                only_after=compiled(entry.get("only_after")),
                trigger=compiled(entry.get("trigger")),
                context=entry.get("context"),
                parts=None if parts is None else frozenset(parts),
                parts_only=bool(entry.get("parts_only", False)),
            )
        )
    no_request = data["no_request"]
    check = data["request_check"]
    return _Rulebook(
        kinds=kinds,
        groups=data["groups"],
        rules=tuple(rules),
        apology_words=_words_pattern(words["apology_words"]),
        request_words=_words_pattern(words["request_words"]),
        no_request_drafts=frozenset(no_request["drafts"]),
        no_request_parts=frozenset(no_request["parts"]),
        complaint_kinds=frozenset(FindingKind(k) for k in no_request["complaint_kinds"]),
        complaint=_words_pattern(no_request["complaint"]),
        when=_words_pattern(check["when"]),
        how_often=_words_pattern(check["how_often"]),
        negative_only=_compile(check["negative_only"]),
        reported=_compile(_expand(data["quoting"]["reported"], words)),
        ui={"request_check": check, **data["ui"]},
    )


class _Sentences:
    """Sentence bounds of one text, found once and looked up by position."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
        self.starts = [end for _, end in self.ends]
        self._with: dict[re.Pattern[str], list[tuple[int, int]]] = {}

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding `start`..`end`, without its closing punctuation."""
        first, last, _ = self._bounds(start, end)
        return first, last

    def _bounds(self, start: int, end: int) -> tuple[int, int, int]:
        index = bisect_right(self.starts, start)
        first = self.starts[index - 1] if index else 0
        for stop, after in self.ends[index:]:
            if stop >= end:
                return first, stop, after
        return first, len(self.text), len(self.text)

    def having(self, words: re.Pattern[str]) -> list[tuple[int, int]]:
        """The sentences (with their closing punctuation) in which `words` occur."""
        if words not in self._with:
            spans: list[tuple[int, int]] = []
            for match in words.finditer(self.text):
                first, _, after = self._bounds(match.start(), match.end())
                if spans and first < spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(after, spans[-1][1]))
                else:
                    spans.append((first, after))
            self._with[words] = spans
        return self._with[words]


def _span(match: re.Match[str], text: str) -> tuple[int, int]:
    start, end = match.span("hit") if "hit" in match.re.groupindex else match.span()
    if start < 0:
        start, end = match.span()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Reading:
    """One text read against the rulebook: the draft kind and part decide which rules apply."""

    def __init__(self, book: _Rulebook, text: str, draft: str, part: str | None) -> None:
        self.book, self.text, self.draft, self.part = book, text, draft, part
        self.sentences = _Sentences(text)

    def matches(self) -> Iterator[tuple[int, int, FindingKind]]:
        whole = [(0, len(self.text))]
        for rule in self.book.rules:
            if not rule.applies_to(self.part):
                continue
            gate = self._gate(rule)
            for low, high in whole if gate is None else self.sentences.having(gate):
                yield from self._checked(rule, low, high)

    def _gate(self, rule: _Rule) -> re.Pattern[str] | None:
        """Words without which a sentence cannot hold a finding of this rule, or None."""
        if rule.trigger:
            return rule.trigger
        if rule.context == "apology" and self.draft not in ANSWERING_DRAFTS:
            return self.book.apology_words
        if rule.context == "request" and not self._is_request_part(rule):
            return self.book.request_words
        return None

    def _is_request_part(self, rule: _Rule) -> bool:
        return self.part is not None and rule.parts is not None and self.part in rule.parts

    def _in_context(self, rule: _Rule, first: int, last: int) -> bool:
        if rule.context == "apology":
            if self.draft in ANSWERING_DRAFTS:
                return True
            return bool(self.book.apology_words.search(self.text, first, last))
        if rule.context == "request":
            if self._is_request_part(rule):
                return True
            return bool(self.book.request_words.search(self.text, first, last))
        return True

    def _checked(self, rule: _Rule, low: int, high: int) -> Iterator[tuple[int, int, FindingKind]]:
        text = self.text
        for match in _finditer(rule.pattern, rule.word_start, text, low, high):
            start, end = _span(match, text)
            if start >= end:
                continue
            first, last = self.sentences.around(match.start(), match.end())
            if (
                (rule.unless_before and rule.unless_before.search(text, first, match.start()))
                or (rule.unless_after and rule.unless_after.match(text, match.end(), last))
                or (rule.unless_match and rule.unless_match.search(text, *match.span()))
                or (rule.unless_sentence and rule.unless_sentence.search(text, first, last))
                or (rule.only_after and not rule.only_after.fullmatch(text, first, match.start()))
                or not self._in_context(rule, first, last)
            ):
                continue
            yield start, end, rule.kind


def _without_overlaps(
    found: Iterable[tuple[int, int, FindingKind]],
) -> list[tuple[int, int, FindingKind]]:
    """One finding per stretch of text and kind: the earliest, then the longest, wins."""
    kept: list[tuple[int, int, FindingKind]] = []
    last_end: dict[FindingKind, int] = {}
    for start, end, kind in sorted(found, key=lambda f: (f[0], -f[1])):
        if start < last_end.get(kind, -1):
            continue
        kept.append((start, end, kind))
        last_end[kind] = end
    return kept


def _complaint_without_request(
    text: str,
    book: _Rulebook,
    found: Sequence[tuple[int, int, FindingKind]],
) -> tuple[int, int] | None:
    if book.request_words.search(text):
        return None
    spans = [(s, e) for s, e, kind in found if kind in book.complaint_kinds]
    marker = book.complaint.search(text)
    if marker:
        spans.append(marker.span())
    return min(spans) if spans else None


_QUOTES = re.compile(
    r'"[^"\n]*"?|“[^”\n]*”?|«[^»\n]*»?'
    r"|(?<![\w'])'(?:[^'\n]|(?<=\w)'(?=\w))*'(?!\w)"  # 'you're a loser': apostrophes inside
)

_ANY_QUOTE = re.compile("[\"“«‘']")


class _Quoted:
    """Where the writer quotes someone: inside quotation marks, or reported after "you said".

    A quotation of the partner's words is a fact about what was said, not the writer's own
    contempt, label or threat, so nothing inside it is a finding.
    """

    def __init__(self, text: str, book: _Rulebook) -> None:
        spans = [m.span() for m in _QUOTES.finditer(text)] if _ANY_QUOTE.search(text) else []
        spans += [m.span("said") for m in book.reported.finditer(text)]
        merged: list[tuple[int, int]] = []
        for low, high in sorted(spans):
            if merged and low <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
            else:
                merged.append((low, high))
        self.starts = [low for low, _ in merged]
        self.spans = merged

    def holds(self, found: tuple[int, int, FindingKind]) -> bool:
        start, end, _ = found
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and end <= self.spans[index][1]


def _finding(
    book: _Rulebook, text: str, start: int, end: int, kind: FindingKind, draft: str
) -> Finding:
    words = book.kinds[kind]
    suggestion = words.suggestion_for.get(draft, words.suggestion)
    phrase = text[start:end]
    return Finding(
        start=start,
        end=end,
        kind=kind,
        group=words.group,
        title=words.title,
        explanation=words.explanation.replace("{phrase}", phrase),
        suggestion=suggestion.replace("{phrase}", phrase),
        phrase=phrase,
    )


def findings(
    text: str, kind: str = "free", *, part: str | None = None, language: str | None = None
) -> tuple[Finding, ...]:
    """What the coach notices in `text`, in order of position.

    `kind` is the draft being written: `request`, `apology`, `response` (to a request),
    `apology_response` (receiving an apology), `facts` (what happened, on the conflict step: the
    text should be what a camera would have recorded), or `free` text. `part` is the part of that
    draft the text is (e.g. `feel`, `would_like`, `what_happened`), or None for the whole text.
    Words the writer quotes (in quotation marks, or reported after "you said") are not findings.
    """
    if kind not in DRAFT_KINDS:
        raise ValueError(f"unknown draft kind {kind!r}")
    if not text or text.isspace():
        return ()
    book = _rulebook(resolve(language))
    plain = _folded(text)
    quoted = _Quoted(plain, book)
    found = _without_overlaps(
        f for f in _Reading(book, plain, kind, part).matches() if not quoted.holds(f)
    )
    if kind in book.no_request_drafts and (part is None or part in book.no_request_parts):
        complaint = _complaint_without_request(plain, book, found)
        if complaint:
            found.append((*complaint, FindingKind.NO_REQUEST))
            found.sort(key=lambda f: (f[0], -f[1]))
    return tuple(_finding(book, text, start, end, k, kind) for start, end, k in found)


def shifted(found: Sequence[Finding], old: str, new: str) -> tuple[Finding, ...]:
    """The findings of `old` moved along with one edit that made `new`.

    Findings the edit touched are dropped until the text is read again; the others keep their
    words, so they can be shown in the right place while someone is still typing.
    """
    if old == new:
        return tuple(found)
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    edit_end, moved = len(old) - suffix, len(new) - len(old)
    kept = [f for f in found if f.end < prefix]
    kept += [
        replace(f, start=f.start + moved, end=f.end + moved) for f in found if f.start > edit_end
    ]
    return tuple(kept)


def check_request(text: str, language: str | None = None) -> RequestCheck:
    """How a wish measures up: says when or how often, asks for a behaviour, can be done."""
    if not text.strip():
        return RequestCheck(specific=False, behavioural=False, doable=False)
    book = _rulebook(resolve(language))
    plain = _folded(text)
    kinds = {f.kind for f in findings(text, "request", part="would_like", language=language)}
    vague = FindingKind.VAGUE_REQUEST in kinds
    timed = bool(book.when.search(plain) or book.how_often.search(plain))
    trait = kinds & {FindingKind.LABEL, FindingKind.THOUGHT_AS_FEELING, FindingKind.CONTEMPT}
    pushy = kinds & {FindingKind.ABSOLUTE, FindingKind.DEMAND, FindingKind.THREAT}
    return RequestCheck(
        specific=timed and not vague,
        behavioural=not vague and not trait and FindingKind.NO_REQUEST not in kinds,
        doable=not vague and not pushy and not book.negative_only.search(plain),
    )


def request_check_texts(language: str | None = None) -> Mapping[str, Any]:
    """Labels and hints for showing a RequestCheck."""
    texts: Mapping[str, Any] = _rulebook(resolve(language)).ui["request_check"]
    return texts


def ui_text(key: str, language: str | None = None, **values: object) -> str:
    """A label of the coach's panel, e.g. `dismiss` or `count_many`."""
    template = str(_rulebook(resolve(language)).ui[key])
    return template.format(**values) if values else template


def group_title(group: str, language: str | None = None) -> str:
    return _rulebook(resolve(language)).groups.get(group, group)
