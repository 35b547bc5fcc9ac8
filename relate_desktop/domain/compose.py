"""Composing a request, apology or response from its parts into text one can say out loud.

People fill the parts however they like: with their own lead-ins ("When…", "I felt…", "What I
heard is…"), capitals, quotes, trailing punctuation, a question, emoji, or not at all. Each part
is read the same way before it goes into the spoken text:

1. spaces tidied, the English lone "i" made "I";
2. lead-ins that repeat the template's own words taken off (several phrasings per part, both
   languages; some are rewritten, e.g. "I'd like you to" becomes "for you to");
3. the part is said inline, after the template's words, when it fits there (a clause, lower-cased
   first word unless it is "I", a name or an acronym), or as a sentence of its own when it would
   not (a question, several sentences, a time or place to open with, a quotation...);
4. punctuation is merged where the part meets the template: no "?." or "..", quotes kept whole.

The words and patterns are data in resources/text/compose.<language>.json.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from relate_desktop.bundled import resources_dir
from relate_desktop.domain.language import resolve

REQUEST_PARTS = ("remember_love", "saw_heard", "made_up", "feel", "would_like")
APOLOGY_PARTS = ("what_i_did", "impact", "ownership", "differently")
RESPONSE_PARTS = ("reflect", "acknowledge", "give")
APOLOGY_RESPONSE_PARTS = ("take_in", "still_need", "more")
DRAFT_KINDS = ("request", "apology", "response", "apology_response")

_CLOSING_QUOTES = "\"'”’»"
_OPENING_QUOTES = "\"'“‘«"
_QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»", '"': '"'}
_ENDS = ".?!…"
_TRAILING_SOFT = re.compile(r"[\s.,;:…]+$")
_INTERNAL_END = re.compile(r"[.!?…]+[\"'”’»)]*\s+[\"'“‘«¿¡(]*\w")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class _Book:
    templates: Mapping[str, Mapping[str, str]]
    lead_ins: Mapping[str, tuple[tuple[re.Pattern[str], str], ...]]
    standalone: Mapping[str, re.Pattern[str]]
    forms: Mapping[str, re.Pattern[str]]
    fixes: tuple[tuple[re.Pattern[str], str], ...]
    keep_case: re.Pattern[str]
    lowercase_words: frozenset[str]
    verb_like: re.Pattern[str] | None
    inverted_marks: bool
    and_word: str


def _data(language: str) -> dict[str, Any]:
    path = resources_dir() / "text" / f"compose.{language}.json"
    if not path.exists():
        path = resources_dir() / "text" / "compose.en.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _pattern(source: str | list[str]) -> re.Pattern[str]:
    text = source if isinstance(source, str) else "".join(source)
    return re.compile(text, re.IGNORECASE)


@cache
def _book(language: str) -> _Book:
    data = _data(language)
    lead_ins = {
        part: tuple(
            (
                re.compile(
                    r"^(?:"
                    + (item if isinstance(item, str) else item[0])
                    + r")(?:\s*[:,–—-]\s*|\s+|$)",
                    re.IGNORECASE,
                ),
                "" if isinstance(item, str) else item[1],
            )
            for item in items
        )
        for part, items in data["lead_ins"].items()
    }
    verb_like = data.get("verb_like")
    return _Book(
        templates=data["templates"],
        lead_ins=lead_ins,
        standalone={k: _pattern(v) for k, v in data["standalone"].items()},
        forms={k: _pattern(v) for k, v in data["forms"].items()},
        fixes=tuple((re.compile(p), r) for p, r in data.get("fixes", [])),
        keep_case=re.compile(data["keep_case"]),
        lowercase_words=frozenset(w.casefold() for w in data["lowercase_words"]),
        verb_like=re.compile(verb_like) if verb_like else None,
        inverted_marks=bool(data.get("inverted_marks", False)),
        and_word=data["and"],
    )


# Reading one part ------------------------------------------------------------------------------


def _tidy(book: _Book, text: str) -> str:
    tidy = " ".join(text.split())
    letters = [char for char in tidy if char.isalpha()]
    shouted = len(letters) > 5 or (len(tidy.split()) > 1 and len(letters) > 3)
    if shouted and all(char.isupper() for char in letters):
        tidy = tidy.lower()  # shouted in capitals: said in an ordinary voice
    for pattern, replacement in book.fixes:
        tidy = pattern.sub(replacement, tidy)
    return _closed_quotes(tidy)


def _closed_quotes(text: str) -> str:
    """Close a quotation left open at the end, so the composed text keeps it whole."""
    if text.count('"') % 2:
        return text + '"'
    for opening, closing in (("“", "”"), ("«", "»")):
        if text.count(opening) > text.count(closing):
            return text + closing
    return text


def _strip_lead_ins(book: _Book, part: str, text: str) -> tuple[str, bool]:
    """The part without the template's words repeated at its start; whether any were taken."""
    rules = book.lead_ins.get(part, ())
    taken = False
    for _ in range(4):  # "What I heard is: I heard that…" takes two passes
        for pattern, replacement in rules:
            match = pattern.match(text)
            if match and not _meaningful(text[match.end() :]):
                return "", True  # only the template's own words so far: nothing to say yet
            if match:
                text = replacement + text[match.end() :]
                taken = True
                break
        else:
            break
    return text.strip(), taken


def _meaningful(text: str) -> bool:
    """Whether a part says anything: a letter, a digit or a symbol such as an emoji."""
    return any(char.isalnum() or unicodedata.category(char).startswith("S") for char in text)


def _fragment(text: str) -> str:
    """The words for the middle of a sentence: no soft punctuation (.,;:) at the end."""
    body = _TRAILING_SOFT.sub("", text)
    # A full stop just inside a closing quote ends the quotation, not the sentence around it.
    if len(body) >= 2 and body[-1] in _CLOSING_QUOTES and body[-2] == ".":
        inner = _TRAILING_SOFT.sub("", body[:-1])
        body = inner + body[-1]
    return body


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(_CLOSING_QUOTES + ")")
    return bool(core) and core[-1] in _ENDS


def _is_question(text: str) -> bool:
    """The writer asks something (a quoted question is someone else's)."""
    return text.endswith("?")


def _many_sentences(text: str) -> bool:
    return bool(_INTERNAL_END.search(text))


def _lower_first(book: _Book, text: str) -> str:
    """Lower-case the first word after a lead-in, unless it is "I", a name or an acronym."""
    if not text or text[0] in _OPENING_QUOTES:
        return text
    if text[0] in "¿¡":
        return text[0] + _lower_first(book, text[1:])
    match = _FIRST_WORD.match(text)
    if not match:
        return text
    word = match.group()
    if not word[0].isupper() or book.keep_case.match(text):
        return text
    if len(word) > 1 and word[1:].lower() != word[1:]:  # ASAP, TV, McDonald
        return text
    folded = word.casefold()
    known = folded in book.lowercase_words or folded.split("'")[0] in book.lowercase_words
    if known or (book.verb_like is not None and book.verb_like.search(folded)):
        return text[0].lower() + text[1:]
    return text


def _capitalised(book: _Book, text: str) -> str:
    for index, char in enumerate(text[:3]):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
        if char not in _OPENING_QUOTES + "¿¡(":
            break
    return text


def _sentence(book: _Book, text: str) -> str:
    """Words that stand on their own: a capital to start, one mark to end."""
    body = _fragment(text)
    if not body:
        return ""
    tidy = text.rstrip()
    if tidy.endswith(("…", "...")) and not tidy.rstrip(".…").endswith((",", ";", ":")):
        body = tidy  # trailing off is a way to end a sentence
    elif not _ends_sentence(body):
        body += "."
    body = _capitalised(book, body)
    if book.inverted_marks:
        body = _inverted(body)
    return body


def _inverted(text: str) -> str:
    """Spanish opens a question or exclamation with ¿ or ¡ when its last sentence lacks one."""
    for mark, opening in (("?", "¿"), ("!", "¡")):
        if text.endswith(mark) and opening not in text:
            start = 0
            for found in _INTERNAL_END.finditer(text):
                start = found.end() - 1
            while start < len(text) and text[start] in _OPENING_QUOTES + "(":
                start += 1
            return text[:start] + opening + text[start:]
    return text


def _fill(template: str, value: str) -> str:
    """Put `value` at `{}` in `template`, merging the punctuation where they meet."""
    before, _, after = template.partition("{}")
    core = value.rstrip(_CLOSING_QUOTES)
    last = core[-1:]
    if after.startswith(".") and last and last in "?!…":
        after = after[1:]
    elif after.startswith(",") and core == value and last == "!":
        value = value[:-1]
    return before + value + after


def _listed(book: _Book, text: str) -> str:
    """ "hurt, lonely, scared" reads "hurt, lonely and scared"."""
    items = [item.strip() for item in text.split(",")]
    if len(items) < 3 or any(not item or len(item.split()) > 3 for item in items):
        if len(items) == 2 and all(item and len(item.split()) == 1 for item in items):
            return f"{items[0]} {book.and_word} {items[1]}"
        return text
    if any(item.split()[0].casefold() == book.and_word for item in items[1:]):
        return text
    return ", ".join(items[:-1]) + f" {book.and_word} " + items[-1]


class _Composer:
    def __init__(self, language: str | None) -> None:
        self.book = _book(resolve(language))

    def t(self, kind: str, key: str) -> str:
        return self.book.templates[kind][key]

    def read(self, part: str, raw: str) -> tuple[str, str, bool]:
        """(the part as typed, tidied; the part without lead-ins; whether lead-ins were taken)."""
        typed = _tidy(self.book, raw)
        if not _meaningful(typed):
            return "", "", False
        bare, taken = _strip_lead_ins(self.book, part, typed)
        return typed, bare, taken

    def standalone(self, part: str, text: str) -> bool:
        pattern = self.book.standalone.get(part)
        return bool(pattern and pattern.match(text))

    def form(self, name: str, text: str) -> bool:
        pattern = self.book.forms.get(name)
        return bool(pattern and pattern.match(text))

    def inline(self, template: str, text: str) -> str:
        filled = _fill(template, _lower_first(self.book, _fragment(text)))
        return _inverted(filled) if self.book.inverted_marks else filled

    def sentence(self, text: str) -> str:
        return _sentence(self.book, text)


# Requests ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackWheel:
    """A loving-power request: remember love, then the four parts of the Feedback Wheel."""

    remember_love: str = ""
    saw_heard: str = ""
    made_up: str = ""
    feel: str = ""
    would_like: str = ""

    @classmethod
    def from_parts(cls, parts: Mapping[str, str]) -> FeedbackWheel:
        return cls(**{k: parts.get(k, "") for k in REQUEST_PARTS})


def _saw_clause(c: _Composer, raw: str) -> tuple[str, str]:
    """The fact as ("inline", words after "When") or ("sentence", a sentence of its own)."""
    typed, bare, taken = c.read("saw_heard", raw)
    if not bare:
        return "", ""
    body = _fragment(bare)
    if (
        _many_sentences(body)
        or _is_question(body)
        or c.standalone("saw_heard", body)
        or c.form("main_clause_after_comma", body)
    ):
        return "sentence", c.sentence(typed if taken and c.form("when_lead", typed) else bare)
    return "inline", body


def _story(c: _Composer, raw: str) -> tuple[str, list[str], bool]:
    """The story as words after "was that", any further sentences of it, and whether it is a
    question (then it follows "the story I told myself was:")."""
    _typed, bare, _ = c.read("made_up", raw)
    if not bare:
        return "", [], False
    body = _fragment(bare)
    if _is_question(body) and not _many_sentences(body):
        return body, [], True
    if c.standalone("made_up", body):
        return "", [c.sentence(bare)], False
    first, rest = _split_first_sentence(body)
    return first, [c.sentence(s) for s in rest], False


def _split_first_sentence(text: str) -> tuple[str, list[str]]:
    match = _INTERNAL_END.search(text)
    if not match:
        return text, []
    cut = match.end() - 1
    head = text[:cut].rstrip()
    tail = text[cut:]
    return _fragment(head), [tail] if tail.strip() else []


def compose_request(wheel: FeedbackWheel, language: str | None = None) -> str:
    c = _Composer(language)
    pieces: list[str] = []
    if c.read("remember_love", wheel.remember_love)[0]:
        pieces.append(c.sentence(c.read("remember_love", wheel.remember_love)[0]))
    saw_form, saw = _saw_clause(c, wheel.saw_heard)
    story, more_story, asked = _story(c, wheel.made_up)
    story_key = "made_up_question" if asked else "made_up"
    if saw_form == "inline" and story:
        opening = c.inline(c.t("request", "saw_heard"), saw)
        pieces.append(opening + " " + c.inline(c.t("request", story_key), story))
    elif saw_form == "inline":
        pieces.append(c.inline(c.t("request", "after_saw_without_story"), saw))
    else:
        if saw:
            pieces.append(saw)
        if story:
            pieces.append(c.inline(c.t("request", story_key + "_alone"), story))
    pieces += more_story
    pieces += _feeling(c, wheel.feel)
    pieces += _wish(c, wheel.would_like)
    return " ".join(p for p in pieces if p)


def _feeling(c: _Composer, raw: str) -> list[str]:
    typed, bare, _ = c.read("feel", raw)
    if not bare:
        return []
    body = _fragment(bare)
    if _many_sentences(body) or _is_question(body) or c.standalone("feel", typed):
        return [c.sentence(typed)]
    words = _listed(c.book, body)
    if not c.book.keep_case.match(words) and words[:1].isupper() and words[1:2].islower():
        words = words[0].lower() + words[1:]  # feelings open with no name
    key = "feel_noun" if c.form("feel_noun", words) else "feel"
    filled = _fill(c.t("request", key), words)
    return [_inverted(filled) if c.book.inverted_marks else filled]


def _wish(c: _Composer, raw: str) -> list[str]:
    _typed, bare, _ = c.read("would_like", raw)
    if not bare:
        return []
    body = _fragment(bare)
    if _is_question(body):
        return [c.sentence(body), c.t("request", "let_go")]
    if _many_sentences(body) or c.standalone("would_like", body):
        return [c.sentence(body), c.t("request", "willing"), c.t("request", "let_go")]
    key = "would_like_verb" if c.form("wish_verb", _lower_first(c.book, body)) else "would_like"
    return [
        c.inline(c.t("request", key), body),
        c.t("request", "willing"),
        c.t("request", "let_go"),
    ]


# Apologies ---------------------------------------------------------------------------------------


def compose_apology(parts: Mapping[str, str], language: str | None = None) -> str:
    c = _Composer(language)
    pieces: list[str] = []
    typed, bare, _ = c.read("what_i_did", parts.get("what_i_did", ""))
    if bare:
        body = _fragment(bare)
        if _many_sentences(body) or _is_question(body):
            first, rest = _split_first_sentence(body)
            pieces.append(_did(c, first))
            pieces += [c.sentence(s) for s in rest]
        else:
            pieces.append(_did(c, body))
    typed, bare, _ = c.read("impact", parts.get("impact", ""))
    if bare:
        body = _fragment(bare)
        if _many_sentences(body) or c.standalone("impact", body):
            pieces.append(c.sentence(bare))
        elif c.form("impact_clause", body):
            pieces.append(c.inline(c.t("apology", "impact_clause"), body))
        else:
            pieces.append(c.inline(c.t("apology", "impact"), body))
    typed, bare, _ = c.read("ownership", parts.get("ownership", ""))
    if typed:
        pieces.append(c.sentence(bare or typed))
    typed, bare, _ = c.read("differently", parts.get("differently", ""))
    if bare:
        body = _fragment(bare)
        if _many_sentences(body) or _is_question(body) or c.standalone("differently", body):
            pieces.append(c.sentence(body))
        elif c.form("bare_verb", body):
            pieces.append(c.inline(c.t("apology", "differently_verb"), body))
        else:
            pieces.append(c.inline(c.t("apology", "differently"), body))
    if pieces:
        pieces.append(c.t("apology", "offer"))
    return " ".join(pieces)


def _did(c: _Composer, body: str) -> str:
    if c.standalone("what_i_did", body):
        return c.sentence(body)
    if c.form("apology_thing", body):
        if not c.book.keep_case.match(body) and body[1:2].islower():
            body = body[0].lower() + body[1:]  # "Cancelling…", "Llamar…": a thing I did
        return c.inline(c.t("apology", "what_i_did_thing"), body)
    if c.form("past_verb", body):
        return c.inline(c.t("apology", "what_i_did_past"), body)
    return c.inline(c.t("apology", "what_i_did"), body)


# Responses ---------------------------------------------------------------------------------------


def compose_response(parts: Mapping[str, str], language: str | None = None) -> str:
    """The listener's answer to a loving-power request: reflect, acknowledge, give."""
    c = _Composer(language)
    pieces: list[str] = []
    typed, bare, _ = c.read("reflect", parts.get("reflect", ""))
    if bare:
        body = _fragment(bare)
        if body[0] in _OPENING_QUOTES:
            pieces.append(c.inline(c.t("response", "reflect_quote"), body))
        elif _many_sentences(body) or _is_question(body) or c.standalone("reflect", body):
            pieces.append(c.sentence(body))
        else:
            pieces.append(c.inline(c.t("response", "reflect"), body))
    typed, bare, _ = c.read("acknowledge", parts.get("acknowledge", ""))
    if typed:
        pieces.append(c.sentence(bare or typed))
    typed, bare, _ = c.read("give", parts.get("give", ""))
    if bare:
        body = _fragment(bare)
        if _many_sentences(body) or _is_question(body) or c.standalone("give", body):
            pieces.append(c.sentence(body))
        else:
            pieces.append(c.inline(c.t("response", "give"), body))
    return " ".join(pieces)


def compose_apology_response(parts: Mapping[str, str], language: str | None = None) -> str:
    """The listener's part after an apology: what I take in, what I still need, is there more?

    `parts` may hold `take_in`, `still_need` and `more` (see APOLOGY_RESPONSE_PARTS); all are
    optional. `more` is the listener's own way to ask "is there more?"; when it is blank the
    template's question is asked, as long as something else was said.
    """
    c = _Composer(language)
    pieces: list[str] = []
    typed, bare, _ = c.read("take_in", parts.get("take_in", ""))
    if bare:
        body = _fragment(bare)
        if _many_sentences(body) or _is_question(body) or c.standalone("take_in", body):
            pieces.append(c.sentence(body))
        else:
            pieces.append(c.inline(c.t("apology_response", "take_in"), body))
    typed, bare, _ = c.read("still_need", parts.get("still_need", ""))
    if bare:
        body = _fragment(bare)
        if _many_sentences(body) or _is_question(body) or c.standalone("still_need", body):
            pieces.append(c.sentence(body))
        else:
            pieces.append(c.inline(c.t("apology_response", "still_need"), body))
    typed, bare, _ = c.read("more", parts.get("more", ""))
    if typed and bare:
        pieces.append(c.sentence(bare))
    elif pieces or typed:
        pieces.append(c.t("apology_response", "more"))
    return " ".join(pieces)


# The template each part is said in, for showing the fixed words where people type.
_PART_TEMPLATES = {
    "request": {
        "saw_heard": "saw_heard",
        "made_up": "made_up_alone",
        "feel": "feel",
        "would_like": "would_like",
    },
    "apology": {"what_i_did": "what_i_did", "impact": "impact", "differently": "differently"},
    "response": {"reflect": "reflect", "give": "give"},
    "apology_response": {"take_in": "take_in", "still_need": "still_need"},
}


def fixed_words(kind: str, part: str, language: str | None = None) -> tuple[str, str]:
    """The words said before and after a part, e.g. ("When", ",") for the request's saw_heard.

    For a screen that shows the sentence being completed where people type. Parts said as
    typed (remember_love, ownership, acknowledge, more) have none: ("", "").
    """
    key = _PART_TEMPLATES.get(kind, {}).get(part)
    if key is None:
        return "", ""
    before, _, after = _book(resolve(language)).templates[kind][key].partition("{}")
    return before.strip(), after.strip()


def compose(kind: str, parts: Mapping[str, str], language: str | None = None) -> str:
    """Compose any draft kind (`request`, `apology`, `response`, `apology_response`)."""
    if kind == "request":
        return compose_request(FeedbackWheel.from_parts(parts), language)
    if kind == "apology":
        return compose_apology(parts, language)
    if kind == "response":
        return compose_response(parts, language)
    if kind == "apology_response":
        return compose_apology_response(parts, language)
    raise ValueError(f"unknown draft kind {kind!r}")
