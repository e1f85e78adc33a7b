"""The audit's findings, each a path and a problem; tokens masked wherever a finding is printed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from incasso.payments.tokens import TOKEN_PATTERN


@dataclass(frozen=True)
class Finding:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{masked(self.path)}: {masked(self.problem)}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    debtors: int | None = None

    def add(self, path: str, problem: str) -> None:
        self.findings.append(Finding(path, problem))

    @property
    def ok(self) -> bool:
        return not self.findings


def masked(text: str) -> str:
    """The text with every token cut to its first 6 characters: enough to find the folder."""
    return TOKEN_PATTERN.sub(lambda m: m.group()[:6] + "...", text)
