"""Decode QR codes the way a reader sees them: rendered by a real browser.

An SVG is drawn by Debian's headless chromium (through Playwright), the
screenshot is read back with zxing-cpp. Used by tests only.
"""

import contextlib
import io

import zxingcpp
from PIL import Image

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
RENDER_SIZE_PX = 400

# The SVG is sized by CSS only, as a statement page would size it.
_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><style>
html, body {{ margin: 0; background: #fff; }}
svg {{ display: block; width: {size}px; height: {size}px; }}
</style></head><body>{svg}</body></html>"""


@contextlib.contextmanager
def launch_browser():
    """Start headless chromium; closed on exit.

    Playwright's sync API runs one instance per thread: inside pytest, use
    the session `browser` fixture instead of calling this.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def render_svg(svg: str, browser) -> bytes:
    """Return a PNG screenshot of the inline SVG, RENDER_SIZE_PX square, on a fresh page."""
    page = browser.new_page(viewport={"width": RENDER_SIZE_PX + 100, "height": RENDER_SIZE_PX + 100})
    try:
        page.set_content(_PAGE.format(size=RENDER_SIZE_PX, svg=svg))
        return page.locator("svg").first.screenshot(type="png")
    finally:
        page.close()


def decode_png(png: bytes) -> list[str]:
    """Return the texts of all QR codes found in a PNG image."""
    image = Image.open(io.BytesIO(png)).convert("L")
    barcodes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    # EPC payloads carry no ECI: decode the raw bytes as the UTF-8 that the
    # payload's character set line (1) promises, instead of zxing's guess.
    return [barcode.bytes.decode("utf-8") for barcode in barcodes]


def decode_rows(rows: tuple[bytes, ...] | list[bytes], *, quiet_zone: int = 4, scale: int = 4):
    """Read one QR code from its modules (rows of 0 and 1, no quiet zone) with zxing-cpp's reader; the
    reader's barcode (bytes, ec_level, symbology_identifier, extra["Version"]), or an AssertionError."""
    side = len(rows) + 2 * quiet_zone
    image = Image.new("L", (side, side), 255)
    image.putdata([0 if bit else 255 for row in _bordered(rows, quiet_zone) for bit in row])
    image = image.resize((side * scale, side * scale), Image.Resampling.NEAREST)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, f"{len(found)} QR codes read from the modules"
    return found[0]


def _bordered(rows, quiet_zone: int) -> list[bytes]:
    blank = bytes(len(rows) + 2 * quiet_zone)
    pad = bytes(quiet_zone)
    return [blank] * quiet_zone + [pad + bytes(row) + pad for row in rows] + [blank] * quiet_zone


def decode_svg(svg: str, *, browser=None) -> list[str]:
    """Render svg in chromium and return the texts of the QR codes in it.

    Pass a running Playwright browser (the session `browser` fixture) to
    reuse it; without one, chromium is started and stopped for this call.
    """
    if browser is not None:
        return decode_png(render_svg(svg, browser))
    with launch_browser() as own_browser:
        return decode_png(render_svg(svg, own_browser))
