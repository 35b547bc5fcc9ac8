"""Pictures of every main screen, the wizard's steps, the journal and the dialogs, at each
screen size, in light and dark, in English and Spanish, to look at.

    python tools/screenshots.py /tmp/relate-shots
    python tools/screenshots.py /tmp/relate-shots --sizes 1024x640 --schemes dark --languages es

Each combination runs in a process of its own on Qt's offscreen platform with a screen of that
size (tests/ui/tour.py walks the windows), so nothing needs a display. Pictures are named
<size>-<scheme>-<language>-<window>.png; a size may carry a scale, e.g. 1440x900@1.5."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.ui.tour import screen_config  # noqa: E402

SIZES = ("1024x640", "1440x900", "1920x1080")


def parse_size(size: str) -> tuple[int, int, float]:
    dimensions, _, scale = size.partition("@")
    width, height = (int(part) for part in dimensions.split("x"))
    return width, height, float(scale or 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--schemes", default="light,dark")
    parser.add_argument("--languages", default="en,es")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory() as configs:
        for size in args.sizes.split(","):
            width, height, scale = parse_size(size)
            platform = screen_config(width, height, scale, Path(configs))
            for scheme in args.schemes.split(","):
                for language in args.languages.split(","):
                    prefix = f"{size}-{scheme}-{language}-"
                    env = {**os.environ, "QT_QPA_PLATFORM": platform}
                    command = [sys.executable, "-m", "tests.ui.tour", "--shots", str(args.folder)]
                    command += ["--scheme", scheme, "--language", language, "--prefix", prefix]
                    run = subprocess.run(
                        command,
                        cwd=ROOT,
                        env=env,
                        capture_output=True,
                        text=True,
                    )
                    status = "ok" if run.returncode == 0 else "FAILED"
                    print(f"{prefix.rstrip('-')}: {status}", flush=True)
                    if run.returncode != 0:
                        failed += 1
                        print(run.stderr[-2000:], file=sys.stderr)
    print(f"pictures in {args.folder}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
