"""Babel formatting side by side: what the statement views ask of `incasso.fmt`, and cheaper ways.

    python -m benchmarks.formatting [--debtors 600]

Records every call the statement view model makes to `incasso.fmt` (money,
number, percent, day, short_day) while building the views of a synthetic
ledger (QR codes left out: they are measured in qr_alternatives), then
replays exactly those calls through:

- Babel called directly, as `incasso.fmt` did before it kept a memo (Babel
  parses the pattern and the locale on every call);
- `incasso.fmt` as it is (each function memoised on its arguments);
- the same Babel pattern and locale parsed once, `pattern.apply(...)` per call;
- parsed once and memoised;

and checks that every alternative gives the same text, character for character.
Nothing in src/ is changed: the module's functions are wrapped for the run only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import get_date_format
from babel.dates import parse_pattern as parse_date_pattern
from babel.numbers import parse_pattern

from benchmarks.synthetic import AS_OF, write_ledger
from incasso import fmt
from incasso.claims.assess import assess
from incasso.claims.claim import statement_visible
from incasso.law.money import cents
from incasso.ledger.load import load_ledger
from incasso.statement import pay as pay_module
from incasso.statement.view import statement_view

NAMES = ("money", "number", "percent", "day", "short_day")


def recorded_calls(debtors: int) -> tuple[list[tuple[str, tuple]], int, float]:
    """Every fmt call the views of `debtors` debtors make, the number of views, and their CPU seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        ledger = load_ledger(write_ledger(Path(tmp), debtors))
    claims = [assess(ledger, d, AS_OF) for d in ledger.debtors]
    claims = [c for c in claims if statement_visible(c, ledger.creditor.policy)]
    calls: list[tuple[str, tuple]] = []
    originals = {name: getattr(fmt, name) for name in NAMES}

    def recording(name: str, function: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            calls.append((name, args + tuple(kwargs.values())))
            return function(*args, **kwargs)

        return wrapper

    saved = {name: getattr(pay_module, name) for name in ("qr_svg", "epc_qr", "qr_matrix", "qr_code")}
    try:
        for name, function in originals.items():
            setattr(fmt, name, recording(name, function))
        # QR codes are measured apart (qr_alternatives): the EPC code, its matrix, the link's code.
        setattr(pay_module, "qr_svg", lambda *a, **k: "")  # noqa: B010
        setattr(pay_module, "epc_qr", lambda payload: None)  # noqa: B010
        setattr(pay_module, "qr_matrix", lambda qrcode: ())  # noqa: B010
        setattr(pay_module, "qr_code", lambda *a, **k: None)  # noqa: B010
        start = time.process_time()
        for claim in claims:
            statement_view(claim, ledger)
        seconds = time.process_time() - start
    finally:
        for name, function in originals.items():
            setattr(fmt, name, function)
        for name, value in saved.items():
            setattr(pay_module, name, value)
    return calls, len(claims), seconds


# -- the same output, with patterns and locales parsed once ---------------------------------

_LOCALE = {lang: Locale.parse(name) for lang, name in fmt.LOCALES.items()}
_MONEY = parse_pattern("¤¤\u00a0#,##0.00")
_NUMBER = parse_pattern("#,##0.00")
_PERCENT = parse_pattern("0.##")
_LONG = {lang: parse_date_pattern(get_date_format("long", locale=loc)) for lang, loc in _LOCALE.items()}
_MEDIUM = {lang: parse_date_pattern(get_date_format("medium", locale=loc)) for lang, loc in _LOCALE.items()}

PARSED_ONCE: dict[str, Callable] = {
    "money": lambda a, lang="nl": _MONEY.apply(cents(a), _LOCALE[lang], currency="EUR"),
    "number": lambda a, lang="nl": _NUMBER.apply(cents(a), _LOCALE[lang]),
    "percent": lambda v, lang="nl": _PERCENT.apply(v, _LOCALE[lang]) + "%",
    "day": lambda d, lang="nl": _LONG[lang].apply(d, _LOCALE[lang]),
    "short_day": lambda d, lang="nl": _MEDIUM[lang].apply(d, _LOCALE[lang]),
}


def memo(functions: dict[str, Callable]) -> dict[str, Callable]:
    return {name: lru_cache(maxsize=65536)(function) for name, function in functions.items()}


def replay(functions: dict[str, Callable], calls: list[tuple[str, tuple]], repeat: int = 3) -> tuple[float, list]:
    """CPU seconds (best of `repeat`) to make every recorded call, and the texts made."""
    best, out = float("inf"), []
    for _ in range(repeat):
        for f in functions.values():
            if hasattr(f, "cache_clear"):
                f.cache_clear()  # every pass starts cold, as a build does
        start = time.process_time()
        out = [functions[name](*args) for name, args in calls]
        best = min(best, time.process_time() - start)
    return best, out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.formatting", description=__doc__.split("\n\n")[0])
    p.add_argument("--debtors", type=int, default=600)
    args = p.parse_args(argv)
    calls, views, view_seconds = recorded_calls(args.debtors)
    per_name = Counter(name for name, _ in calls)
    print(
        f"{views} statement views (QR codes left out): {view_seconds * 1000 / views:.2f} ms CPU per view; "
        f"{len(calls) / views:.1f} fmt calls per view: "
        + ", ".join(f"{name} {n / views:.1f}" for name, n in per_name.most_common())
    )
    distinct = {name: len({args for n, args in calls if n == name}) for name in per_name}
    print("distinct values: " + ", ".join(f"{name} {distinct[name]} of {per_name[name]}" for name in per_name))
    current = {name: getattr(fmt, name) for name in NAMES}
    plain = {name: getattr(f, "__wrapped__", f) for name, f in current.items()}  # without the memo
    base, expected = replay(plain, calls)
    print(f"{'variant':<40} {'per call':>9} {'per view':>9} {'10,000 views':>13}  same text")
    for label, functions in (
        ("Babel on every call (no memo)", plain),
        ("incasso.fmt as it is", current),
        ("Babel, pattern and locale parsed once", PARSED_ONCE),
        ("parsed once + memo", memo(PARSED_ONCE)),
    ):
        seconds, texts = replay(functions, calls) if functions is not plain else (base, expected)
        same = sum(a == b for a, b in zip(texts, expected))
        print(
            f"{label:<40} {seconds * 1e6 / len(calls):7.1f} us {seconds * 1000 / views:7.2f} ms "
            f"{seconds * 10_000 / views:11.2f} s  {same}/{len(calls)}"
        )
    for name in NAMES:
        subset = [c for c in calls if c[0] == name]
        if subset:
            seconds, _ = replay(plain, subset)
            print(
                f"  Babel's {name:<10} {seconds * 1e6 / len(subset):6.1f} us per call, "
                f"{len(subset) / views:.1f} per view"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
