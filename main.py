"""Launch the reader app: ``python main.py [--library PATH]``."""

import sys

from reader.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
