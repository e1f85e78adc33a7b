"""The units the benchmarks print, in their tables and their progress lines: binary, named so.

Memory and files are counted in KiB (1,024 bytes) and MiB (1,048,576 bytes). Before session 66 the tools divided
by 1024² as now but printed "MB", so the figures of BENCHMARKS.md's older sections are MiB under that name.
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB


def mib(size: int) -> str:
    """A peak of memory: whole MiB."""
    return f"{size / MIB:,.0f} MiB"


def file_size(size: int) -> str:
    """A file's bytes (or a set of files'): MiB to a tenth from one MiB on, whole KiB below."""
    return f"{size / MIB:,.1f} MiB" if size >= MIB else f"{size / KIB:,.0f} KiB"
