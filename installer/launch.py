"""The bundle's entry point: the same `relate-desktop` command as the installed script."""

import sys

from relate_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
