"""QR encoders side by side, on the EPC payloads and payment links of a synthetic ledger.

    python -m benchmarks.qr_alternatives [--debtors 600] [--browser 12]

Measures CPU milliseconds per code for:

- segno as the build used it before (best of eight masks, chosen in pure Python);
- segno with a fixed mask (no mask evaluation);
- zxing-cpp's writer (Zint underneath, compiled), giving a bit matrix that
  our own serialiser (or segno's SVG writer) turns into the same inline SVG;
- zxing-cpp's own SVG, rewritten for inline use;
- the build's own now (incasso.payments.epc: zxing-cpp and our serialiser);
- and each one's share: encoding alone, SVG alone.

Every code of every variant is decoded again with zxing-cpp's reader from
its bit matrix (level M, version at most 13, the exact UTF-8 bytes), and with
--browser N the first N inline SVGs of the variants that would ship are
drawn by chromium and read back, as the test suite does.
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from pathlib import Path

import segno
import zxingcpp
from PIL import Image

from benchmarks.synthetic import AS_OF, write_ledger
from incasso.claims.assess import assess
from incasso.claims.demand import MIN_PAYMENT, amount_to_pay
from incasso.ledger.load import load_ledger
from incasso.payments.epc import QUIET_ZONE, epc_payload, epc_qr, payment_link, qr_svg
from incasso.payments.reference import rf_reference

TITLE = "Scan om EUR 1.234,56 te betalen aan Installatietechniek Vaartsche Rijn B.V., kenmerk RF18 5390 0754 7034"


def payloads(debtors: int, days: tuple[date, ...] = (AS_OF,)) -> list[tuple[list[str], list[str]]]:
    """Per day, the EPC payloads and payment links a build of `debtors` synthetic debtors encodes."""
    with tempfile.TemporaryDirectory() as tmp:
        ledger = load_ledger(write_ledger(Path(tmp), debtors))
    creditor = ledger.creditor
    result = []
    for day in days:
        epc, links = [], []
        for debtor in ledger.debtors:
            amount = amount_to_pay(assess(ledger, debtor, day))
            if amount < MIN_PAYMENT:
                continue
            reference = rf_reference(debtor.id)
            epc.append(
                epc_payload(
                    name=creditor.name, iban=creditor.iban, bic=creditor.bic, amount=amount, reference=reference
                )
            )
            if creditor.payment_url:
                links.append(payment_link(creditor.payment_url, reference=reference, amount=amount))
        result.append((epc, links))
    return result


# -- the encoders: payload -> matrix (rows of 0/1, no quiet zone) ---------------------


def segno_auto(payload: str) -> segno.QRCode:
    # What epc_qr did before zxing-cpp: segno choosing the best of eight masks.
    return segno.make_qr(payload, error="M", encoding="utf-8", boost_error=False)


def segno_svg(code: segno.QRCode, *, title: str, css_class: str = "qr") -> str:
    """The inline SVG as qr_svg wrote it with segno's writer before zxing-cpp."""
    out = io.BytesIO()
    code.save(
        out,
        kind="svg",
        xmldecl=False,
        svgns=True,
        nl=False,
        omitsize=True,
        border=QUIET_ZONE,
        dark="#000",
        light="#fff",
        title=title,
        svgclass=css_class,
        lineclass=None,
    )
    return out.getvalue().decode("utf-8").replace("<svg ", '<svg role="img" shape-rendering="crispEdges" ', 1)


def segno_fixed(payload: str) -> segno.QRCode:
    # Mask 0 whatever the content: the standard asks for the best mask, readers accept any.
    return segno.make_qr(payload, error="M", encoding="utf-8", boost_error=False, mask=0)


def zxing(payload: str) -> zxingcpp.Barcode:
    # Bytes, not str: given a str, Zint writes é as ISO 8859-1, while the EPC payload promises UTF-8.
    return zxingcpp.create_barcode(payload.encode("utf-8"), zxingcpp.BarcodeFormat.QRCode, ec_level="M")


def zxing_matrix(barcode: zxingcpp.Barcode) -> list[bytes]:
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    height, width = image.shape
    bits = memoryview(image).tobytes().translate(_DARK)  # type: ignore[arg-type]  # a buffer; the stub omits it  # Zint draws dark as 0, light as 255
    return [bits[r * width : (r + 1) * width] for r in range(height)]


_DARK = bytes.maketrans(b"\x00\xff", b"\x01\x00")


def segno_matrix(code: segno.QRCode) -> list[bytes]:
    return [bytes(row) for row in code.matrix]


# -- the serialisers: matrix -> inline SVG ------------------------------------------------


def own_svg(matrix: list[bytes], *, title: str, css_class: str = "qr") -> str:
    """The inline SVG the build writes today (segno's shape), from any bit matrix.

    One path of horizontal runs, stroke 1 module wide, rows at y + 0.5; a white
    background with the quiet zone; a viewBox and no size, so CSS sizes it.
    """
    size = len(matrix) + 2 * QUIET_ZONE
    runs: list[str] = []
    x0 = y0 = 0
    for r, row in enumerate(matrix):
        for match in re.finditer(rb"\x01+", row):
            x, y = match.start() + QUIET_ZONE, r + QUIET_ZONE
            runs.append(
                f"{'m' if runs else 'M'}{x - x0} {y - y0 + (0.5 if not runs else 0):g}h{match.end() - match.start()}"
            )
            x0, y0 = match.end() + QUIET_ZONE, y
    return (
        f'<svg role="img" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}"'
        f' class="{escape(css_class)}"><title>{escape(title)}</title>'
        f'<path fill="#fff" d="M0 0h{size}v{size}h-{size}z"/><path stroke="#000" d="{"".join(runs)}"/></svg>'
    )


def as_segno(matrix: list[bytes]) -> segno.QRCode:
    """A foreign bit matrix as a segno QRCode, so segno's writer (`segno_svg`) writes it."""
    from segno import consts, encoder

    version = (len(matrix) - 17) // 4
    rows = tuple(bytearray(row) for row in matrix)
    code = encoder.Code(rows, version, consts.ERROR_LEVEL_M, None, ())
    return segno.QRCode(code)  # type: ignore[call-arg]  # segno's own constructor, public but untyped


_ZINT_HEAD = re.compile(r"\A.*?<svg [^>]*>\s*<desc>[^<]*</desc>\s*", re.S)


def zxing_svg(barcode: zxingcpp.Barcode, *, title: str) -> str:
    """zxing-cpp's own SVG (one path of filled rectangles), its header replaced for inline use."""
    svg = barcode.to_svg(scale=1, add_quiet_zones=True)
    size = re.search(r'width="(\d+)"', svg).group(1)  # type: ignore[union-attr]  # Zint always writes it
    head = (
        f'<svg role="img" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}"'
        f' class="qr"><title>{escape(title)}</title>'
    )
    return head + _ZINT_HEAD.sub("", svg, count=1).replace("\n", "")


# -- timing and checking ------------------------------------------------------------------------


def cpu_ms(work: Callable[[str], object], items: list[str], repeat: int) -> tuple[float, float]:
    """CPU milliseconds per item: the best and the median of `repeat` passes."""
    passes = []
    for _ in range(repeat):
        start = time.process_time()
        for item in items:
            work(item)
        passes.append((time.process_time() - start) * 1000 / len(items))
    return min(passes), statistics.median(passes)


def decode_matrix(matrix: list[bytes]) -> zxingcpp.Barcode | None:
    size = len(matrix) + 2 * QUIET_ZONE
    image = Image.new("L", (size, size), 255)
    image.putdata([0 if bit else 255 for row in _bordered(matrix) for bit in row])
    image = image.resize((size * 4, size * 4), Image.Resampling.NEAREST)
    found = [b for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode]
    return found[0] if len(found) == 1 else None


def _bordered(matrix: list[bytes]) -> list[bytes]:
    blank = bytes(len(matrix) + 2 * QUIET_ZONE)
    pad = bytes(QUIET_ZONE)
    return [blank] * QUIET_ZONE + [pad + row + pad for row in matrix] + [blank] * QUIET_ZONE


def check_decodes(name: str, matrices: list[list[bytes]], texts: list[str]) -> dict:
    """Read every code back: the exact bytes, level M, version at most 13, no ECI."""
    bad, versions = 0, []
    for matrix, text in zip(matrices, texts):
        found = decode_matrix(matrix)
        ok = (
            found is not None
            and found.bytes == text.encode("utf-8")
            and found.ec_level == "M"
            and int(dict(found.extra).get("Version", 99)) <= 13  # type: ignore[call-overload]  # a dict at run time
            and found.symbology_identifier == "]Q1"  # no ECI designator, like segno's
        )
        bad += not ok
        versions.append(len(matrix))
    return {"variant": name, "decoded": len(texts) - bad, "of": len(texts), "sizes": sorted(set(versions))}


def check_in_browser(svgs: dict[str, list[str]], texts: list[str]) -> dict[str, str]:
    from tests.support.qrdecode import decode_svg, launch_browser

    results = {}
    with launch_browser() as browser:
        for name, items in svgs.items():
            ok = sum(decode_svg(svg, browser=browser) == [text] for svg, text in zip(items, texts))
            results[name] = f"{ok}/{len(items)}"
    return results


def compare(label: str, items: list[str], repeat: int) -> None:
    """Print CPU milliseconds per code for each way of making an inline SVG from a payload."""

    def row(what: str, work: Callable[[str], object]) -> None:
        best, median = cpu_ms(work, items, repeat)
        print(f"  {label}: {what:<50} {best:7.2f} ms  (median {median:.2f})", flush=True)

    codes = {t: segno_auto(t) for t in items}
    matrices = {t: segno_matrix(codes[t]) for t in items}
    cache: dict[str, str] = {}
    row("segno, best mask (the build before)", segno_auto)
    row("segno, fixed mask 0", segno_fixed)
    row("zxing-cpp create_barcode", zxing)
    row("zxing-cpp create + matrix to bytes", lambda t: zxing_matrix(zxing(t)))
    row("segno SVG writer alone (qr_svg before)", lambda t: segno_svg(codes[t], title=TITLE))
    row("own SVG serialiser alone", lambda t: own_svg(matrices[t], title=TITLE))
    row("before in full: segno + its SVG writer", lambda t: segno_svg(segno_auto(t), title=TITLE))
    row("segno fixed mask + its SVG writer", lambda t: segno_svg(segno_fixed(t), title=TITLE))
    row("zxing-cpp + own SVG", lambda t: own_svg(zxing_matrix(zxing(t)), title=TITLE))
    row("zxing-cpp + segno's SVG writer", lambda t: segno_svg(as_segno(zxing_matrix(zxing(t))), title=TITLE))
    row("the build now: epc_qr + qr_svg", lambda t: qr_svg(epc_qr(t), title=TITLE))
    row("zxing-cpp's own SVG, rewritten", lambda t: zxing_svg(zxing(t), title=TITLE))
    row("cache hit (dict by payload)", lambda t: cache.setdefault(t, t))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.qr_alternatives", description=__doc__.split("\n\n")[0])
    p.add_argument("--debtors", type=int, default=600)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--browser", type=int, default=0, help="draw this many SVGs per variant in chromium and read them")
    args = p.parse_args(argv)
    (epc, links), (next_epc, _) = payloads(args.debtors, (AS_OF, AS_OF + timedelta(days=1)))
    print(f"{len(epc)} EPC payloads ({min(map(len, epc))}-{max(map(len, epc))} bytes), {len(links)} payment links")
    kept = len(set(epc) & set(next_epc))
    print(
        f"a cache kept between nightly builds: {kept} of {len(next_epc)} EPC payloads "
        f"({100 * kept / len(next_epc):.0f} %) are the same the next day (interest changes the amount daily)"
    )

    for label, items in (("EPC", epc), ("link", links)):
        if items:
            print(f"{label} codes, CPU ms per code (best of {args.repeat}):")
            compare(label, items, args.repeat)

    print("decoding every code from its bit matrix (zxing-cpp reader):")
    for label, items in (("EPC", epc), ("link", links)):
        for name, make in (
            ("segno best mask", lambda t: segno_matrix(segno_auto(t))),
            ("segno fixed mask", lambda t: segno_matrix(segno_fixed(t))),
            ("zxing-cpp", lambda t: zxing_matrix(zxing(t))),
            ("the build now", lambda t: list(epc_qr(t).rows)),
        ):
            result = check_decodes(name, [make(t) for t in items], items)
            sizes = ", ".join(str(s) for s in result["sizes"])
            print(f"  {label}: {name:<18} {result['decoded']}/{result['of']} decoded; modules per side: {sizes}")
    if args.browser:
        sample = epc[: args.browser]
        svgs = {
            "before (segno + its SVG writer)": [segno_svg(segno_auto(t), title=TITLE) for t in sample],
            "zxing-cpp + own SVG": [own_svg(zxing_matrix(zxing(t)), title=TITLE) for t in sample],
            "zxing-cpp + segno's SVG writer": [
                segno_svg(as_segno(zxing_matrix(zxing(t))), title=TITLE) for t in sample
            ],
            "the build now (epc_qr + qr_svg)": [qr_svg(epc_qr(t), title=TITLE) for t in sample],
            "zxing-cpp's own SVG, rewritten": [zxing_svg(zxing(t), title=TITLE) for t in sample],
        }
        print("drawn by chromium and read back (as the tests do):")
        for name, read in check_in_browser(svgs, sample).items():
            print(f"  {name:<34} {read}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
