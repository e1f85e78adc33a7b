"""One `incasso` command with parts of a build's work taken out: what each part costs, end to end.

    python -m benchmarks.without --no-link-qr --no-qr --no-dossiers -- build --ledger L --as-of ... --output O ...

A profile says where the CPU goes inside a build; this says what the build's
wall time would be without a part, workers and the threads beside them
included (a part that runs beside the pass costs less wall time than its CPU).
The parts are the ones a product decision could drop or change, so the
numbers are what each decision would buy (BENCHMARKS.md, "What 0.5x would
take"):

- --no-link-qr: no QR code of the payment link (the link itself stays);
- --no-qr: no QR code encoded at all: every EPC code is one code made once,
  its SVG drawn once (pages and letters still show a code, the same one);
- --no-dossiers: no staff dossier pages (d/<id>.html).

The command runs in this process, patched before it starts; the page workers
are forked from it and so run patched too. Nothing in src/ changes, and the
output of a patched run is not a product: build it into a folder of its own.
Prints the wall time and the CPU time of this process and of its workers.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any

from incasso.payments import epc
from incasso.statement import pay

# A real payload (the demo creditor's account): the one code every page shows with --no-qr.
_ONE_PAYLOAD = epc.epc_payload(
    name="Voorbeeld B.V.", iban="NL91ABNA0417164300", amount=Decimal("123.45"), reference="RF18539007547034"
)


def without_link_qr() -> None:
    """The payment link's code is neither encoded nor drawn; the page shows the link alone."""
    draw: Callable[..., str] = pay.qr_svg

    def link_qr_left_out(data: str, level: str = epc.ERROR_CORRECTION) -> epc.QRCode:
        return _one_code()

    def svg(code: epc.QRCode, *, title: str, css_class: str = "qr") -> Any:
        return None if "qr-link" in css_class else draw(code, title=title, css_class=css_class)

    pay.qr_code = link_qr_left_out  # pay.py encodes only the link with qr_code, the EPC code with epc_qr
    pay.qr_svg = svg


def without_qr() -> None:
    """Every code is the same one code, encoded and drawn once."""
    without_link_qr()
    drawn = cache(epc.qr_svg)

    def svg(code: epc.QRCode, *, title: str, css_class: str = "qr") -> Any:
        return None if "qr-link" in css_class else drawn(code, title="QR", css_class=css_class)

    pay.epc_qr = lambda payload: _one_code()
    pay.qr_svg = svg


def without_dossiers() -> None:
    """No staff dossier page is rendered or written."""
    from pelican.plugins.incasso.staff import DossierPages

    DossierPages.write = lambda self, row, letters: None  # type: ignore[method-assign]


@cache
def _one_code() -> epc.QRCode:
    return epc.epc_qr(_ONE_PAYLOAD)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.without", description=__doc__.split("\n\n")[0])
    p.add_argument("--no-link-qr", action="store_true", help="no QR code of the payment link")
    p.add_argument("--no-qr", action="store_true", help="no QR code encoded: one code made once, shown everywhere")
    p.add_argument("--no-dossiers", action="store_true", help="no staff dossier pages")
    p.add_argument("command", nargs=argparse.REMAINDER, help="-- then the incasso command line")
    args = p.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    patches = ((args.no_link_qr, without_link_qr), (args.no_qr, without_qr), (args.no_dossiers, without_dossiers))
    for wanted, patch in patches:
        if wanted:
            patch()
    from incasso.cli.main import _exit
    from incasso.cli.main import main as incasso

    wall = time.perf_counter()
    code = incasso(command)
    wall = time.perf_counter() - wall
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
    print(f"{wall:.1f} s wall, {cpu:.1f} s CPU (this process and its workers); exit {code}", file=sys.stderr)
    _exit(code)  # as `incasso` ends: without freeing every record one by one (1.2 s at 10,000 debtors)
    return code


if __name__ == "__main__":
    sys.exit(main())
