"""Putting files into states a user's files can be in: read-only (even for root)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

@contextlib.contextmanager
def read_only(target: Path):
    """Make a file or folder unwritable, even for root (chattr +i), or skip the test."""
    if os.geteuid() != 0:
        mode = target.stat().st_mode
        target.chmod(0o555 if target.is_dir() else 0o444)
        try:
            yield
        finally:
            target.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if not chattr or subprocess.run([chattr, "+i", str(target)], capture_output=True).returncode != 0:
        pytest.skip("running as root and chattr +i is not available here: cannot make a file read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(target)], check=True)
