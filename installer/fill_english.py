"""English is the source language: relate_en.ts exists only for plural forms ("%n conflict(s)"
-> "1 conflict" / "3 conflicts"). Every other English entry is its own source text; this marks
them so, leaving the plural forms for a person to write. Run by update-translations.sh."""

from __future__ import annotations

import re
import sys
from pathlib import Path

UNFINISHED = re.compile(
    # One message at a time: a source never holds "<" (XML escapes it), so no match can run on
    # into the next message.
    r'(<message>\s*(?:<location[^>]*/>\s*)*<source>([^<]*)</source>\s*)'
    r'<translation type="unfinished">(?:[^<]*</translation>)?',
)


def fill(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    filled, count = UNFINISHED.subn(
        lambda m: f"{m.group(1)}<translation>{m.group(2)}</translation>", text
    )
    path.write_text(filled, encoding="utf-8")
    return count


if __name__ == "__main__":
    print(f"English entries taken as their source: {fill(Path(sys.argv[1]))}")
