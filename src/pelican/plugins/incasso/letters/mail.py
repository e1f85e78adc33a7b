"""A letter as an e-mail: an .eml file with a plain text and an HTML part, ready to open and send.

Rendered with the theme's templates (theme/templates/letters/email.txt and
email.html), which only place the LetterView's strings. No attachment: the
personal page holds the QR code and everything else. `X-Unsent: 1` makes a
mail client open the file as a draft to send, not as a message received.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, time
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from incasso.law.calendar import TIMEZONE
from incasso.letters.records import LetterView

from .texts import LetterText

TEMPLATES = Path("templates") / "letters"
SENT_AT = time(8, 0)  # the Date header: the morning of the letter's day, in Amsterdam


def mail_environment(theme: str | Path) -> Environment:
    return Environment(
        loader=FileSystemLoader(str(Path(theme) / TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def render_eml(view: LetterView, text: LetterText, env: Environment, creditor_name: str, day) -> bytes:
    """The e-mail as the bytes of an .eml file (CRLF line ends, as RFC 5322 asks)."""
    message = EmailMessage()
    message["Subject"] = view.email_subject
    message["From"] = formataddr((creditor_name, view.email_from or ""))
    message["To"] = formataddr((view.recipient[0], view.email_to or ""))
    message["Date"] = format_datetime(datetime.combine(day, SENT_AT, ZoneInfo(TIMEZONE)))
    message["X-Unsent"] = "1"
    context = dict(view=view, body=text)
    plain, html = env.get_template("email.txt").render(context), env.get_template("email.html").render(context)
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    # The parts' boundary from their text, not at random: two builds write the same bytes.
    message.set_boundary("=_incasso_" + hashlib.sha256((plain + html).encode()).hexdigest()[:32])
    return message.as_bytes(policy=SMTP)
