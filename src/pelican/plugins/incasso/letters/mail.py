"""A letter as an e-mail: an .eml file with a plain text and an HTML part, ready to open and send.

Rendered with the theme's templates (theme/templates/letters/email.txt and
email.html), which only place the LetterView's strings. No attachment: the
personal page holds the QR code and everything else. `X-Unsent: 1` makes a
mail client open the file as a draft to send, not as a message received.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from functools import partial
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from incasso.law.calendar import TIMEZONE
from incasso.letters.records import LetterView
from incasso.statement.labels import DUTCH_IN_ENGLISH

from ..statements import KEEP_WHOLE_INLINE, spans_marked
from ..templating import quick_templates
from .pdf import DATED_AT
from .texts import LetterText

TEMPLATES = Path("templates") / "letters"
MESSAGE = ("email.txt", "email.html")  # an e-mail's two parts: its plain text and its HTML
SENT_AT = DATED_AT  # the Date header: the morning of the letter's day, in Amsterdam, as its PDF is dated


def mail_environment(theme: str | Path) -> Environment:
    environment = quick_templates(
        Environment(
            loader=FileSystemLoader(str(Path(theme) / TEMPLATES)),
            autoescape=select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            auto_reload=False,  # one build: no template changes under it, no stat() per include
        )
    )
    # A sentence's reference, phone number or IBAN kept on one line (LetterView.kept_whole), as the page keeps it.
    environment.globals["KEEP"] = partial(spans_marked, keep_tag=KEEP_WHOLE_INLINE)
    return environment


def render_eml(view: LetterView, text: LetterText, env: Environment, creditor_name: str, day) -> bytes:
    """The e-mail as the bytes of an .eml file: UTF-8, quoted-printable, CRLF line ends (RFC 5322).

    Built with the email package's MIME classes: its newer header registry costs
    three times as much per message, for the same bytes on the wire.
    """
    context = dict(view=view, body=text)
    plain, html = (env.get_template(part).render(context) for part in MESSAGE)
    if view.lang == "en":
        html = dutch_marked(html)
    # The parts' boundary from their text, not at random: two builds write the same bytes.
    boundary = "=_incasso_" + hashlib.sha256((plain + html).encode()).hexdigest()[:32]
    message = MIMEMultipart("alternative", boundary=boundary)
    # compat32 folds a Header object itself (the stubs say str): encoded words, no line of its own.
    message["Subject"] = cast(str, Header(view.email_subject, "utf-8", header_name="Subject"))
    message["From"] = _mailbox(creditor_name, view.email_from or "", "From")
    if view.email_from:  # staff send it from their own account: an answer goes to the desk, which all read
        message["Reply-To"] = _mailbox(creditor_name, view.email_from, "Reply-To")
    message["To"] = _mailbox(view.email_to_name, view.email_to or "", "To")
    message["Date"] = format_datetime(datetime.combine(day, SENT_AT, ZoneInfo(TIMEZONE)))
    message["X-Unsent"] = "1"
    message["Content-Language"] = view.lang  # RFC 3282: the voice a reader picks before it reads the HTML's lang
    message.attach(_text_part(plain, "plain"))
    message.attach(_text_part(html, "html"))
    return wire(message)


# The Dutch words of an English e-mail, as the page marks them (statements.dutch_marked): a field's name in a
# Dutch bank app, a term of Dutch law, and the word in "(in Dutch: ...)" ("Formal reminder (in Dutch: aanmaning)").
_DUTCH = re.compile(
    r"\b(" + "|".join(re.escape(word) for word in DUTCH_IN_ENGLISH) + r")\b" + r"|(?<=\(in Dutch: )(\w+)(?=\))"
)
_MARKUP = re.compile(r"(<[^>]*>)")


def dutch_marked(html: str) -> str:
    """An English e-mail's HTML with its Dutch words in `<span lang="nl">`, so that a screen reader says them in a
    Dutch voice: in the body's text only, not in a tag, nor the <title> (which holds no markup)."""
    head, body = html.split("<body", 1)
    parts = _MARKUP.split(body)
    for n in range(2, len(parts), 2):  # the text between tags (parts[0] is the rest of <body's tag)
        if parts[n - 1] != '<span lang="nl">':
            parts[n] = _DUTCH.sub(lambda found: f'<span lang="nl">{found.group(0)}</span>', parts[n])
    return head + "<body" + "".join(parts)


CRLF = compat32.clone(linesep="\r\n")


def wire(message: Message) -> bytes:
    """The message's bytes, a body line that starts with "From " written "=46rom " (the same text in
    quoted-printable): a mailbox file or a mail server may otherwise turn it into ">From"."""
    return message.as_bytes(policy=CRLF).replace(b"\r\nFrom ", b"\r\n=46rom ")


def _mailbox(name: str, address: str, header: str) -> str:
    """`name <address>` for a From:, Reply-To: or To:. A name in ASCII as formataddr quotes it (a comma, quotes); any
    other as encoded words of at most 75 characters each (RFC 2047), folded, as the Subject is: formataddr writes one
    word however long, and "debtor p/a administrator" with a Ł or ş is longer than a mail client must decode."""
    if name.isascii():
        return formataddr((name, address))
    mailbox = Header(name, "utf-8", header_name=header)
    mailbox.append(f"<{address}>", "us-ascii")
    return cast(str, mailbox)  # compat32 folds a Header object itself (the stubs say str)


def _text_part(text: str, subtype: str) -> MIMENonMultipart:
    """A UTF-8 text part, quoted-printable: readable in any text editor, unlike base64."""
    readable = Charset("utf-8")
    readable.body_encoding = QP
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, readable)
    return part
