"""How the tests of a build's languages read its outputs (tests/site/test_english_outputs.py, test_dutch_outputs.py):
a page's text as its reader reads it, without what it marks as the other language, and without what the ledger
itself holds (names, notes, descriptions, the bank's texts: staff and debtors read it as written), the help lines'
names (KVK (Kamer van Koophandel)), web and e-mail addresses.
"""

from __future__ import annotations

import email
import re
from email import policy
from html.parser import HTMLParser
from pathlib import Path

import yaml
from pypdf import PdfReader

from incasso.help_lines import every_help_line


class _Visible(HTMLParser):
    """A page's text as read: no scripts or styles, and without what it marks as the language `marked`."""

    VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "source", "wbr", "col", "area", "base"})

    def __init__(self, marked: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marked = marked
        self.parts: list[str] = []
        self.hidden: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "wbr":  # where a long address may wrap ("dossiers@<wbr>vanrijnbaas.<wbr>example.nl"): still one word
            self.parts.append("\n")
        if tag not in self.VOID:
            self.hidden.append(tag in ("script", "style") or dict(attrs).get("lang") == self.marked)

    def handle_endtag(self, tag: str) -> None:
        self.parts.append("\n")
        if tag not in self.VOID and self.hidden:
            self.hidden.pop()

    def handle_data(self, data: str) -> None:
        if not any(self.hidden):
            self.parts.append(data)


def visible(html: str, marked: str) -> str:
    """The text of `html` as read, without what it marks as written in `marked` (a Dutch term named on an English
    page, `lang="nl"`; the English half of the bilingual front page, `lang="en"`)."""
    parser = _Visible(marked)
    parser.feed(html)
    return "".join(parser.parts)


def letters_in(folder: Path, lang: str, marked: str) -> dict[str, str]:
    """The text of each letter in `folder` written in `lang` ("nl", "en"), by file name: an e-mail's subject, its
    plain text and its HTML (without what it marks as written in `marked`), by its Content-Language; a letter's PDF,
    read back, with the title and subject a PDF viewer shows, by the language its catalog names (/Lang: "nl-NL"), so
    that a letter only posted is read too. Not the print file, which holds the same letters."""
    read: dict[str, str] = {}
    for mail in sorted(folder.glob("*.eml")):
        message = email.message_from_bytes(mail.read_bytes(), policy=policy.default)
        if message["Content-Language"] != lang:
            continue
        parts = [str(message["Subject"])]
        for part in message.walk():
            if part.get_content_type() == "text/plain":
                parts.append(part.get_content())
            elif part.get_content_type() == "text/html":
                parts.append(visible(part.get_content(), marked))
        read[mail.name] = "\n".join(parts)
    for pdf in sorted(folder.glob("*.pdf")):
        reader = PdfReader(pdf)
        if pdf.name.startswith("print-") or not str(reader.trailer["/Root"].get("/Lang", "")).startswith(lang):
            continue
        about = [str((reader.metadata or {}).get(key, "")) for key in ("/Title", "/Subject")]
        read[pdf.name] = "\n".join([*about, *(page.extract_text() for page in reader.pages)])
    return read


def ledger_strings(root: Path) -> list[str]:
    """Every text the ledger holds (names, notes, descriptions, the bank's lines), longest first."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    ids: set[str] = set()
    for path in [root / "creditor.yaml", *sorted((root / "debtors").glob("*.yaml"))]:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        walk(doc)
        ids.add(str(doc.get("id", "")))
    for path in sorted((root / "bank").glob("*")):
        found.update(re.findall(r">([^<>]+)<", path.read_text(encoding="utf-8", errors="replace")))
    # Not the ledger's words for kinds (letter, counsellor, settlement_ended), nor codes and figures (EUR, 300.00,
    # an IBAN): those are no one's text, and taking "EUR" out would hide an amount written the other language's way.
    texts = {text.strip() for text in found if re.search(r"[a-z]", text) and not re.fullmatch(r"[a-z_]*", text.strip())}
    # But the debtors' ids, which a letter and a page name ("L-FINAL", "L-PLAN-MISSED": words, were they text).
    return sorted((text for text in texts | ids if len(text) > 2), key=len, reverse=True)


# Addresses: "betalen.example.nl/RF81D1019?bedrag=370.00", "debiteuren@..." are no sentence anyone reads; nor is a
# payment reference, a debtor's id in groups of four ("RF03 LNOW HERE": L-NOWHERE's).
_ADDRESS = re.compile(r"\S*(?:@|://)\S*|\b[\w.-]+\.(?:nl|com|eu|org)\b\S*|\bRF\d\d(?: ?[A-Z0-9]{1,4}\b)+")


def without_ledger(text: str, ledger: list[str]) -> str:
    """`text` on one line without the ledger's own texts (`ledger_strings`), the help lines' names and addresses."""
    text = _ADDRESS.sub(" ", " ".join(text.replace("\xa0", " ").split()))
    for written in [*ledger, *(line.name for line in every_help_line())]:
        text = text.replace(written, " ")
    return text
