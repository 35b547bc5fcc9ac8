"""`python -m relate_desktop` runs the same command as `relate-desktop`."""

import sys

from relate_desktop.cli import main

sys.exit(main())
