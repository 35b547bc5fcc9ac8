"""Markdown as plain words: for list labels, exports and counts. A journal entry's body is
Markdown (the editor's bold, italic, lists and headings); this takes the marks away."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_BULLET = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*|___|__|_)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")


def plain_line(line: str) -> str:
    """One line without its heading marks, list bullet, emphasis marks or escapes."""
    line = _HEADING.sub("", line)
    line = _BULLET.sub(r"\1", line)
    previous = None
    while previous != line:
        previous, line = line, _EMPHASIS.sub(r"\2", line)
    return _ESCAPE.sub(r"\1", line)


def plain_text(markdown: str) -> str:
    """The words of a Markdown text, line by line, with no marks."""
    return "\n".join(plain_line(line) for line in markdown.strip().splitlines())


def first_line(markdown: str) -> str:
    """The first line with words in it, as plain text."""
    for line in markdown.splitlines():
        shown = plain_line(line).strip()
        if shown:
            return shown
    return ""
