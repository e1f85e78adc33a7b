"""WCAG 2.x text contrast of a page in a real browser: every element with text of its own.

    result = text_contrast(page)  # {"checked": n, "failures": ["SPAN.zero "0" 1.96", ...]}

Each element that holds text directly is measured as drawn: its text colour
(for SVG text its fill) against the background colours of the element and
its ancestors, blended where they are translucent, on white. Normal text
needs 4.5:1, large text (24 px, or 18.66 px bold) 3:1 (WCAG 1.4.3). Hidden,
collapsed and one-pixel (visually hidden) elements are left out.
"""

from __future__ import annotations

from typing import Any

CONTRAST = """() => {
  const parse = c => { const p = (c.match(/[\\d.]+/g) || []).map(Number);
                       return p.length < 3 ? null : {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const over = (c, base) => ({r: c.r * c.a + base.r * (1 - c.a), g: c.g * c.a + base.g * (1 - c.a), b: c.b * c.a + base.b * (1 - c.a)});
  const lum = ({r, g, b}) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                               return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = el => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
    }
    let base = {r: 255, g: 255, b: 255};
    for (const c of layers.reverse()) base = over(c, base);
    return base;
  };
  const failures = []; let checked = 0;
  for (const el of document.querySelectorAll('body *')) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (el.closest('title, script, style')) continue;
    const style = getComputedStyle(el), box = el.getBoundingClientRect();
    if (style.visibility === 'hidden' || box.width <= 1 || box.height <= 1) continue;
    const ink = parse(el instanceof SVGElement ? style.fill : style.color);
    if (!ink) continue;  // an SVG fill that is a pattern or none: no colour to measure
    const back = background(el);
    const a = lum(over(ink, back)), b = lum(back);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    checked++;
    if (ratio < (large ? 3 : 4.5)) {
      failures.push(el.tagName + '.' + (el.getAttribute('class') || '') + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
    }
  }
  return {checked, failures};
}"""


def text_contrast(page: Any) -> dict:
    """How many texts were measured on the Playwright `page`, and each that fails, with its ratio."""
    return page.evaluate(CONTRAST)
