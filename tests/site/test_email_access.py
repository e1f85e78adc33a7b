"""The e-mails as assistive technology reads them (WCAG 2.2 AA): the language of the message and of its Dutch
words, a table's header cells, the footer's contrast. Read from the real .eml files of a build."""

from __future__ import annotations

import re

import html5lib
import pytest

from tests.support.letters import AS_OF, LETTERS_LEDGER, PUBLIC_URL, read_eml
from tests.support.site import LINKS_SECRET, build_site


@pytest.fixture(scope="module")
def emails(tmp_path_factory):
    """Each e-mail of the letters fixture by its file's name: (the message, its HTML part)."""
    site = build_site(
        tmp_path_factory.mktemp("letters"),
        ledger=LETTERS_LEDGER,
        as_of=AS_OF,
        extra=["--public-url", PUBLIC_URL],
        secret=LINKS_SECRET,
    )
    assert site.exit_code == 0
    found = {}
    for path in sorted((site.internal / "letters").glob("*.eml")):
        message = read_eml(path)
        found[path.stem] = (message, message.get_body(("html",)).get_content())
    return found


def test_every_email_says_its_language_in_a_header(emails):
    """Content-Language (RFC 3282): a mail client's reader picks its voice before it parses the HTML."""
    for message, html in emails.values():
        lang = re.search(r'<html lang="(\w+)"', html).group(1)
        assert message["Content-Language"] == lang


def test_the_dutch_words_of_an_english_email_are_marked_dutch(emails):
    """'Betalingskenmerk' (the field's name in a Dutch bank app) and 'wettelijke rente' read in an English voice
    are noise; the page marks them lang="nl", and so does the e-mail."""
    english = {name: html for name, (_, html) in emails.items() if '<html lang="en"' in html}
    assert english
    for name, html in english.items():
        text = re.sub(r"<span lang=\"nl\">[^<]*</span>", "", html.split("<body", 1)[1])
        text = re.sub(r"<[^>]+>", " ", text)
        for word in ("Betalingskenmerk", "wettelijke rente"):
            assert word not in text, f"{name}: {word} not marked Dutch"
    assert any('<span lang="nl">Betalingskenmerk</span>' in html for html in english.values())
    # Not an English word after "in Dutch:" in a sentence ("Most services work in Dutch: ask whether ...").
    marked = {word for html in english.values() for word in re.findall(r'<span lang="nl">([^<]*)</span>', html)}
    assert marked <= {"Betalingskenmerk", "wettelijke rente", "wettelijke handelsrente", "gemeente", "aanmaning"}
    assert marked >= {"Betalingskenmerk", "wettelijke rente"}


def test_no_table_header_cell_is_empty(emails):
    """An empty <th> (the instalments' number column) is a header without a name: a screen reader announces
    each cell below it as 'blank'."""
    assert any("<th" in html for name, (_, html) in emails.items() if "PLAN" in name)
    for name, (_, html) in emails.items():
        empty = re.findall(r"<th\b[^>]*>\s*</th>", html)
        assert empty == [], name


def test_each_header_cell_says_what_it_heads(emails):
    """Where the row of headers begins with a plain cell (the instalments' numbers), a reader that guesses which
    cells a header heads may guess wrong: scope says it, in a mail client's HTML as on the page. Each row's first
    cell names its row (an invoice's number, an instalment's: scope="row"), so that every figure has a header:
    the instalments' had none (axe's td-has-header)."""
    rows = [row for _, html in emails.values() for row in re.findall(r"<tr>(.*?)</tr>", html, re.S)]
    headers = [cell for row in rows for cell in re.findall(r"<th\b[^>]*>", row)]
    assert len(headers) > 20
    assert [cell for cell in headers if not re.search(r'scope="(col|row)"', cell)] == []
    for row in rows:
        cells = re.findall(r"<t[hd]\b[^>]*>", row)
        scopes = [re.search(r'scope="(\w+)"', cell) for cell in cells]
        if any(scope and scope[1] == "col" for scope in scopes):
            continue  # the row of headers
        assert scopes[0] is not None and scopes[0][1] == "row", row  # a body row: its first cell names it
        assert all(scope is None for scope in scopes[1:]), row
    plan = [html for name, (_, html) in emails.items() if "PLAN-MISSED" in name]
    assert plan and '<th scope="row"' in plan[0]


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    digits = hex_colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    r, g, b = (int(digits[k : k + 2], 16) for k in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_every_text_colour_of_an_email_contrasts_4_5_to_1_with_white(emails):
    """WCAG 1.4.3: the footer's #777 was 4.48:1."""
    for name, (_, html) in emails.items():
        for colour in set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})", html)):
            ratio = 1.05 / (_luminance(colour) + 0.05)
            assert ratio >= 4.5, f"{name}: {colour} on white is {ratio:.2f}:1"


def _nothing_paid_said(html: str) -> list[tuple[str, str]]:
    """Each table cell of the e-mail that says nothing was paid: (its row's text, the cell's text), where that text
    is a dash or one of its words, or the dash is named for a screen reader (a role or an aria-label inside)."""
    tree = html5lib.HTMLParser(namespaceHTMLElements=False).parse(html)
    found = []
    for row in tree.iter("tr"):
        for cell in row.findall("td"):
            text = "".join(cell.itertext()).strip()
            named = [span for span in cell.iter("span") if span.get("role") or span.get("aria-label")]
            if text in ("—", *BLANK_WORDS) or named:
                found.append((" ".join("".join(row.itertext()).split()), text))
    return found


def test_nothing_paid_is_said_as_the_word_the_page_reads_out(emails):
    """s52: the page reads its "—" out as "geen", or "nog niet" of an instalment still to come; the e-mail's had no
    word (a reader says "dash", or nothing). s52 named the dash (role="img", aria-label), which Yahoo, AOL,
    Thunderbird, Windows Mail and GMX drop (caniemail.com): a dash again. Now the cell says the word, as plain text,
    which every mail program keeps and every reader reads: "geen" ("none") of an invoice or an overdue instalment
    with nothing paid, "nog niet" of one to come, as its row's state says; no dash, no named image."""
    said = {name: _nothing_paid_said(html) for name, (_, html) in emails.items()}
    assert said["L-PLAN-MISSED-installment_reminder"] == [
        ("2. 15 nov 2026 200,00 geen Te laat", "geen"),
        ("3. 15 dec 2026 200,00 nog niet Komt nog", "nog niet"),
    ]
    assert {word for _, word in said["L-DUNNING-dunning"]} == {"none"}  # in English, of an invoice
    cells = [(name, row, word) for name, found in said.items() for row, word in found]
    assert len(cells) >= 10
    assert [cell for cell in cells if cell[2] not in BLANK_WORDS] == []
    assert [name for name, (_, html) in emails.items() if 'role="img"' in html] == []


def test_the_plain_text_says_the_word_the_html_says(emails):
    """s52: the plain text part showed a bare "—" (nothing paid), read as "dash" or not at all, where the HTML
    part and the PDF name it. Both parts say the word, the same for that row ("geen" of the instalment overdue,
    "nog niet" of the one to come)."""
    plain = {name: message.get_body(("plain",)).get_content() for name, (message, _) in emails.items()}
    lines = plain["L-PLAN-MISSED-installment_reminder"].splitlines()
    assert "2. | 15 nov 2026 | 200,00 | geen | Te laat" in lines
    assert "3. | 15 dec 2026 | 200,00 | nog niet | Komt nog" in lines
    assert "L2026-0102 | 1 Sept 2026 | 1 Oct 2026 | 2,200.00 | none | 2,200.00" in plain["L-DUNNING-dunning"]
    # Every word the HTML part says for nothing paid, the plain text says in its place, in the same order.
    for name, (_, html) in emails.items():
        table_rows = [line for line in plain[name].splitlines() if " | " in line]
        assert [row for row in table_rows if "—" in row.split(" | ")] == [], name
        words = [word for row in table_rows for word in row.split(" | ") if word in BLANK_WORDS]
        assert words == [word for _, word in _nothing_paid_said(html)], name


BLANK_WORDS = ("geen", "nog niet", "none", "not yet")
