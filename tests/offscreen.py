"""Running a piece of Python in a fresh interpreter on Qt's offscreen platform, for tests of
what a process loads and shows from its start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def run_python(code: str) -> str:
    """Run `code` (dedented) in a new Python; its standard output, stripped. A failure shows
    the process's standard error."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
