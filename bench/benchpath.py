"""Lets a benchmark script import the test support modules (tests/support: page generators).

Imported first by the scripts that need them; the generators are test
support, not part of the installed package.
"""

import sys
from pathlib import Path

SUPPORT = Path(__file__).resolve().parents[1] / "tests" / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))
