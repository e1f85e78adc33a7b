"""Synthetic ledgers for benchmarks: the demo creditor and N generated debtors.

Every debtor follows one of the archetypes below, in turn, so any ledger of
more than a few dozen debtors holds every stage and status the product knows:
open, overdue, reminder, dunning (with a call), final notice within and past
its term, handover, legal, a promise pending, broken and kept, a payment plan
on schedule, in arrears and completed, a dispute open and resolved, paid
recently and long ago, written off. Each has 1 to 3 invoices, payments where
the archetype has them, and a history of events with channels, staff names
and notes; consumers and businesses, Dutch and English.

Dates are offsets from the build's date (`as_of`), so the archetype holds
whatever day the benchmark is run for. The ledger is written with plain
string formatting (no YAML emitter); playing each history forward costs about 1.2 ms of CPU a debtor
(10,000 debtors: 12 s of CPU, BENCHMARKS.md).

Two nights (`write_ledger(..., night=...)`):

- "recorded" (the default): a real agency records each step it takes, so on
  a real night only the steps that fell due today are due. Each debtor's
  history starts on a day of its own (up to SPREAD_DAYS earlier, so they do
  not all fall due on the same day), then incasso's own escalation policy
  is played forward: every reminder, dunning letter, call, final notice,
  handover and missed instalment's reminder that fell due before the build's
  date is recorded on the day it fell due, by letter, as staff would. What is
  left due is tonight's work: about 2 % of the debtors get a letter (168 of
  10,000 as of 2026-11-22, 336 files: each a PDF and an e-mail).
- "backlog": the archetypes as written, nobody recording any step, so every
  step that ever fell due is still due: a letter for about 31 % of the
  debtors, the worst case (a first build after importing a backlog).

From the command line (into a folder of its own, which must not exist yet):

    python -m benchmarks.synthetic LEDGER --debtors 1000 [--night backlog] [--as-of 2026-11-22] [--bank-year]

`--bank-year` adds a year of daily camt.053 statements of the creditor's account up to two days before the
build (`write_bank_year`: about one credit a debtor, each from the debtor's own account), for claims.json's
`bank` at size.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The demo creditor (the tests' copy of the shipped demo: ledger/ may hold a user's own by now).
DEMO_LEDGER = REPO / "tests" / "fixtures" / "demo" / "ledger"
DEMO_CREDITOR = DEMO_LEDGER / "creditor.yaml"
AS_OF = date(2026, 11, 22)
NIGHTS = ("recorded", "backlog")
SPREAD_DAYS = 28  # "recorded": each debtor's history starts up to this many days earlier than its archetype's

# Word lists, split for reading: names a page shows, so they look like names.
FIRST = (  # noqa: SIM905
    "Anna Bram Cor Daan Eva Fenna Gijs Hanna Iris Jan Kees Lotte Mila Noah Olga Pieter Quinten Roos Sem Tess "
    "Ugo Vera Wout Yara Zoe Priya Emily Daniel Fatima Hakan Sophie Willem Ingrid Ronald Sandra Johan Anouk Tim"
).split()
LAST = (  # noqa: SIM905
    "Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|"
    "van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|"
    "de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|Schouten|Willems|van Dijk|"
    "Hoekstra|Verhoef|Yildiz|El Amrani|Raman|Carter|O'Connor|Lambert|Timmermans|Groen|Koster"
).split("|")
TRADES = ("Bakkerij", "Autobedrijf", "Hotel", "Restaurant", "Installatiebedrijf", "Kapsalon", "Drukkerij", "Garage")
FORMS = ("B.V.", "V.O.F.", "Holding B.V.", "& Zonen")
STREETS = ("Oudegracht", "Biltstraat", "Kanaalweg", "Merelstraat", "Twijnstraat", "Lauwerecht", "Europalaan")
WORK = (
    "Onderhoud cv-ketel",
    "Vervanging cv-ketel incl. montage",
    "Lekkage keukenkraan verholpen",
    "Annual boiler service and safety check",
    "Mechanische ventilatie gereinigd",
    "Radiatorkranen vervangen en systeem gespoeld",
    "Levering en montage warmtepomp",
    "Storing koelcel verholpen",
)
NOTES = (
    "Klant belt terug na het weekend over de factuur.",
    "Voicemail ingesproken met verzoek om terug te bellen.",
    "Adres gecontroleerd bij de Kamer van Koophandel, klopt nog.",
    "Kopie van de factuur opnieuw gemaild op verzoek van de klant.",
)
STAFF = ("Marieke", "Joost", "Bart")  # Marieke is the creditor's desk; the others are staff-only names
CHANNELS = ("email", "letter", "phone")


class _Dossier:
    """One debtor's invoices, payments and events, written as YAML lines."""

    def __init__(self, n: int, as_of: date, invoices: int, first_due: int):
        self.n, self.as_of = n, as_of
        self.amounts = [(100 + (n * 37 + k * 1013) % 9000) * 100 + (n + k) % 100 for k in range(invoices)]  # cents
        self.dues = [first_due + 7 * k for k in range(invoices)]
        self.payments: list[str] = []
        self.events: list[tuple[int, list[str]]] = []  # (day offset, its YAML lines), oldest first

    @property
    def total(self) -> int:
        return sum(self.amounts)

    def day(self, offset: int) -> str:
        return (self.as_of + timedelta(days=offset)).isoformat()

    def pay(self, offset: int, cents: int) -> _Dossier:
        self.payments += [f"  - date: {self.day(offset)}", f"    amount: {_euros(cents)}"]
        return self

    def event(self, offset: int, kind: str, *extra: str) -> _Dossier:
        n = self.n + len(self.events)
        lines = [f"  - date: {self.day(offset)}", f"    type: {kind}", *(f"    {line}" for line in extra)]
        if n % 2:
            # A letter is written (a reminder by phone is a call): check refuses phone on one.
            channel = CHANNELS[n % 2] if kind in ("reminder", "dunning", "final_notice") else CHANNELS[n % 3]
            lines += [f"    channel: {channel}", f"    by: {STAFF[n % 3]}"]
        if n % 3 == 0:
            lines.append(f"    note: {NOTES[n % len(NOTES)]}")
        self.events.append((offset, lines))
        return self

    def steps(self, *offsets: int) -> _Dossier:
        """Reminder, dunning, final notice, handover, legal: as many as offsets are given."""
        for offset, kind in zip(offsets, ("reminder", "dunning", "final_notice", "handover", "legal")):
            self.event(offset, kind, *(("agency: Incassobureau Domstad B.V.",) if kind == "handover" else ()))
        return self

    def plan(self, agreed: int, dues: list[int], paid: int) -> _Dossier:
        """A plan of len(dues) instalments covering the invoices; the first `paid` paid on their day."""
        parts = [self.total // len(dues)] * len(dues)
        parts[-1] += self.total - sum(parts)
        rows = [f"  - {{due: {self.day(d)}, amount: {_euros(c)}}}" for d, c in zip(dues, parts)]
        self.event(agreed, "arrangement", "installments:", *rows)
        for due, cents in list(zip(dues, parts))[:paid]:
            self.pay(due, cents)
        return self


def _euros(cents: int) -> str:
    return f'"{cents // 100}.{cents % 100:02d}"'


# Each archetype: (name, days from as_of to the first invoice's due date, what happened).
Archetype = tuple[str, int, Callable[[_Dossier], object]]
ARCHETYPES: tuple[Archetype, ...] = (
    ("open", 5, lambda d: d),
    ("overdue", -19, lambda d: d),
    ("reminder", -20, lambda d: d.steps(-19)),
    ("dunning", -40, lambda d: d.steps(-39, -25).event(-18, "call", "spoke_with: de debiteur")),
    ("final notice in term", -60, lambda d: d.steps(-59, -45, -5)),
    ("final notice past term", -90, lambda d: d.steps(-89, -75, -50)),
    ("handover", -200, lambda d: d.steps(-199, -185, -170, -140)),
    ("legal", -300, lambda d: d.steps(-299, -285, -270, -230, -150)),
    ("promise pending", -30, lambda d: d.steps(-29).event(-10, "promise", f"promised_date: {d.day(6)}")),
    (
        "promise broken",
        -50,
        lambda d: d.steps(-49).event(-45, "promise", f"promised_date: {d.day(-38)}").event(-30, "dunning"),
    ),
    (
        "promise kept",
        -50,
        lambda d: d.steps(-49).event(-40, "promise", f"promised_date: {d.day(-30)}", "amount: 100.00").pay(-32, 10000),
    ),
    ("plan on schedule", -90, lambda d: d.steps(-89, -75).plan(-60, [-50, -20, 10, 40], paid=2)),
    ("plan in arrears", -110, lambda d: d.steps(-109, -95).plan(-80, [-70, -40, -10, 20], paid=2)),
    ("plan completed", -150, lambda d: d.steps(-149).plan(-120, [-100, -70, -40], paid=3)),
    ("dispute open", -45, lambda d: d.steps(-44).event(-30, "dispute", "reason: Meerwerk niet afgesproken.")),
    (
        "dispute resolved",
        -120,
        lambda d: (
            d.steps(-119)
            .event(-100, "dispute", "reason: Oplevering niet geaccepteerd.")
            .event(-60, "dispute_resolved", "outcome: Hersteld; de vordering blijft staan.")
            .event(-40, "final_notice")
        ),
    ),
    ("paid recently", -10, lambda d: d.pay(-12, d.total)),
    ("paid long ago", -170, lambda d: d.pay(-175, d.total)),
    ("written off", -300, lambda d: d.steps(-299, -285, -270).event(-150, "written_off")),
)


def debtor_name(n: int) -> str:
    """Synthetic debtor n's name: a person's, or every other round of the archetypes a business's."""
    if (n // len(ARCHETYPES)) % 2 == 1:
        return f"{TRADES[n % len(TRADES)]} {LAST[(n // 3) % len(LAST)]} {FORMS[n % len(FORMS)]}"
    return f"{FIRST[n % len(FIRST)]} {LAST[(n // 7) % len(LAST)]}"


def debtor_iban(n: int) -> str:
    """An account of synthetic debtor n's own (a valid Dutch IBAN): what its payments come from."""
    bban = f"INGB{n:010d}"
    digits = "".join(str(int(c, 36)) for c in bban + "NL00")
    return f"NL{98 - int(digits) % 97:02d}{bban}"


def debtor_yaml(n: int, as_of: date = AS_OF, recorded: tuple[tuple[int, list[str]], ...] = ()) -> str:
    """The YAML text of synthetic debtor n (archetype n modulo their number), as of `as_of`; `recorded`
    adds events (day offset, YAML lines) to its history, each after those of the same day."""
    name_, first_due, history = ARCHETYPES[n % len(ARCHETYPES)]
    rounds = n // len(ARCHETYPES)
    invoices = 1 + rounds % 3
    dossier = _Dossier(n, as_of, invoices, first_due)
    history(dossier)
    dossier.events = sorted(dossier.events + list(recorded), key=lambda event: event[0])  # stable
    business = rounds % 2 == 1
    person = f"{FIRST[n % len(FIRST)]} {LAST[(n // 7) % len(LAST)]}"
    name = debtor_name(n)
    lines = [
        f"# Synthetic: {name_}",
        f"id: S-{n:06d}",
        f'name: "{name}"',
        f"type: {'business' if business else 'consumer'}",
        f"language: {'en' if n % 4 == 3 else 'nl'}",
        "contact:",
        f'  person: "{person}"',
        f"  email: debiteur{n}@example.nl",
        f'  phone: "+31 6 1{n % 10_000_000:07d}"',  # 06-1...: a mobile range in use (check refuses others)
        f"  address: [{STREETS[n % len(STREETS)]} {1 + n % 300}, 3500 AA Utrecht]",
        "invoices:",
    ]
    for k, (due, cents) in enumerate(zip(dossier.dues, dossier.amounts)):
        lines += [
            f"  - number: S{n:06d}-{k + 1}",
            f"    date: {dossier.day(due - 30)}",
            f"    due: {dossier.day(due)}",
            f"    amount: {_euros(cents)}",
            f"    description: {WORK[(n + k) % len(WORK)]}",
        ]
    if dossier.payments:
        lines += ["payments:", *dossier.payments]
    if dossier.events:
        lines += ["events:", *(line for _, event in dossier.events for line in event)]
    return "\n".join(lines) + "\n"


def write_ledger(root: Path, debtors: int, as_of: date = AS_OF, night: str = "recorded") -> Path:
    """Write the demo creditor and `debtors` synthetic dossiers into root as they stand on the night
    `as_of` ("recorded" or "backlog", see above); return root."""
    if night not in NIGHTS:
        raise ValueError(f"night: one of {', '.join(NIGHTS)} (got {night!r})")
    folder = root / "debtors"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DEMO_CREDITOR, root / "creditor.yaml")
    # A "recorded" debtor's history starts `start` days earlier: its archetype seen as of a later day.
    starts = [n * 11 % SPREAD_DAYS if night == "recorded" else 0 for n in range(debtors)]
    for n in range(debtors):
        (folder / f"S-{n:06d}.yaml").write_text(debtor_yaml(n, as_of - timedelta(days=starts[n])), encoding="utf-8")
    if night == "recorded":
        for n, recorded in _steps_recorded(root, as_of, starts).items():
            path = folder / f"S-{n:06d}.yaml"
            path.write_text(debtor_yaml(n, as_of - timedelta(days=starts[n]), recorded), encoding="utf-8")
    return root


# The steps an agency takes and records on the day they fall due, as the events that record them.
_RECORDED_STEPS = {
    "reminder": ("reminder",),
    "dunning": ("dunning",),
    "call": ("call", "spoke_with: de debiteur"),
    "final_notice": ("final_notice",),
    "handover": ("handover", "agency: Incassobureau Domstad B.V."),
    "remind_installment": ("reminder",),  # the missed instalment's reminder is recorded as a reminder (docs/letters.md)
}


def _steps_recorded(root: Path, as_of: date, starts: list[int]) -> dict[int, tuple[tuple[int, list[str]], ...]]:
    """Play incasso's escalation policy forward for every debtor of the ledger in root: each step that
    fell due before `as_of` is recorded on its day (as an offset from the debtor's own start)."""
    from incasso.claims.assess import assess
    from incasso.ledger.load import load_ledger
    from incasso.ledger.model import Channel, Event, EventType
    from incasso.ledger.problems import Source

    ledger = load_ledger(root)
    found = {}
    for debtor in ledger.debtors:
        n = int(debtor.id.removeprefix("S-"))
        shifted = as_of - timedelta(days=starts[n])
        recorded: list[tuple[int, list[str]]] = []
        for _ in range(len(_RECORDED_STEPS) + 1):  # each step at most once
            action = assess(ledger, debtor, as_of).next_action
            if action is None or action.kind not in _RECORDED_STEPS or action.due >= as_of:
                break
            kind, *extra = _RECORDED_STEPS[action.kind]
            fields = dict(line.split(": ", 1) for line in extra)  # spoke_with, agency
            event = Event(action.due, EventType(kind), Source(""), channel=Channel.LETTER, by=STAFF[0], **fields)
            events = sorted((*debtor.events, event), key=lambda e: e.date)  # stable: after that day's own
            debtor = replace(debtor, events=tuple(events))
            recorded.append(((action.due - shifted).days, _event_lines(action.kind, action.due)))
        if recorded:
            found[n] = tuple(recorded)
    return found


def _event_lines(step: str, day: date) -> list[str]:
    """The YAML lines of the event that records `step` (an action kind of _RECORDED_STEPS) taken on `day`."""
    kind, *extra = _RECORDED_STEPS[step]
    lines = [f"  - date: {day.isoformat()}", f"    type: {kind}", "    channel: letter"]
    return [*lines, f"    by: {STAFF[0]}", *(f"    {line}" for line in extra)]


def record_the_night(root: Path, night: date) -> int:
    """Record in the ledger in root every step the build of `night` found due, as staff do the morning
    after (the letters posted, the calls made): the next night's build then writes tomorrow's letters,
    not tonight's again. The lines go at the file's end, under its `events:` (written when there is none:
    synthetic files end with their events). Returns the number of debtor files changed."""
    from incasso.claims.assess import assess
    from incasso.ledger.load import load_ledger

    ledger = load_ledger(root)
    changed = 0
    for debtor in ledger.debtors:
        action = assess(ledger, debtor, night).next_action
        if action is None or action.kind not in _RECORDED_STEPS or action.due > night:
            continue
        path = root / "debtors" / f"{debtor.id}.yaml"
        text = path.read_text(encoding="utf-8")
        header = [] if "\nevents:\n" in text else ["events:"]
        path.write_text(text + "\n".join([*header, *_event_lines(action.kind, night)]) + "\n", encoding="utf-8")
        changed += 1
    return changed


# A recall (the payer's bank asks a transfer back, a duplicate say: camt.056) comes within 10 banking days of the
# credit (EPC SCT rulebook); the synthetic year's take back a credit of this many banking days before.
RECALL_DAYS = 5
RECALL_EVERY = 6  # banking days: so on each weekday in turn, a Friday's exported twice too


def write_bank_year(
    root: Path,
    debtors: int,
    *,
    mt940_format: bool = False,
    year_end: date = date(2026, 11, 20),
    own_accounts: bool = False,
) -> Path:
    """A year of daily statements of the creditor's account in root/bank: about `debtors` credits in all
    (by structured reference, RF in the text, invoice number, and some nobody's; four in five with the payer's
    end-to-end reference), a debit a day, every Friday's statement exported twice, and a recall every six
    banking days (`_recalled`). Each credit comes from one payer's account ("J. de Vries"), or with
    `own_accounts` from the account and in the name of the debtor it is for: with one account that paid for
    every dossier, each credit nobody's has every dossier as a candidate."""
    from tests.support.bankfiles import camt053, mt940, write_bank

    account = "NL34RABO0372918465"  # the demo creditor's, copied by write_ledger
    days = [year_end - timedelta(days=n) for n in range(364, -1, -1) if (year_end - timedelta(days=n)).weekday() < 5]
    per_day = max(1, debtors // len(days))
    files, balance, credits = {}, Decimal("100000.00"), []
    for i, day in enumerate(days):
        credits.append(
            [_credit(n, debtors, day, k, own_accounts) for k, n in enumerate(range(i * per_day, (i + 1) * per_day))]
        )
        bookings = [_debit(day), *credits[i]]
        if i >= RECALL_DAYS and i % RECALL_EVERY == 2:  # each of another credit of its day
            bookings.append(_recalled(credits[i - RECALL_DAYS][i // RECALL_EVERY % per_day], day))
        opening = f"{balance:.2f}"
        data = (
            mt940(account, bookings, opening=opening)
            if mt940_format
            else camt053(account, bookings, opening=opening, checked=False)
        )
        balance += sum(
            (b.signed for b in bookings if b.status == "BOOK"), Decimal(0)
        )  # to the cent: the next opens with it
        name = f"{day}.{'sta' if mt940_format else 'xml'}"
        files[name] = data
        if day.weekday() == 4:
            files[f"again-{name}"] = data
    write_bank(root, files)
    return root / "bank"


def _debit(day: date):
    from tests.support.bankfiles import Booking

    return Booking("845.10", day, credit=False, ref=f"{day:%Y%m%d}D", text="inkoop")


def _credit(n: int, debtors: int, day: date, k: int, own_accounts: bool):
    """The year's credit n, the k-th of its day: for dossier n modulo `debtors`, named four ways in turn."""
    from incasso.payments.reference import rf_reference
    from tests.support.bankfiles import Booking

    who = f"S-{n % debtors:06d}"
    how = n % 10
    text = scor = None
    if how < 4:
        scor = rf_reference(who)
    elif how < 6:
        text = f"betaling {rf_reference(who).lower()}"
    elif how < 9:
        text = f"factuur S{n % debtors:06d}-1"
    else:
        text = "betaling rekening"
    payer = {"name": debtor_name(n % debtors), "iban": debtor_iban(n % debtors)} if own_accounts else {}
    amount = f"{50 + n % 900}.{n % 100:02d}"
    end_to_end = f"E2E-{day:%Y%m%d}-{n:07d}" if n % 5 else None  # else NOTPROVIDED: the payer gave none
    return Booking(amount, day, ref=f"{day:%Y%m%d}{k:05d}", scor=scor, text=text, end_to_end=end_to_end, **payer)


def _recalled(credit, day: date):
    """`credit` taken back on `day` as a bank books a recall (pacs.004 after a camt.056): a debit of its amount
    under the transfer's own end-to-end reference (NOTPROVIDED where the payer gave none), payer and remittance,
    reason FOCR (following cancellation request), bank transaction code PMNT/RCDT/RPCR (a received credit
    transfer reversed on a payment cancellation request)."""
    return replace(
        credit,
        booked=day,
        valued=None,
        credit=False,
        ref=f"{day:%Y%m%d}R",
        return_reason="FOCR",
        codes=("RCDT", "RPCR"),
    )


def write_large_dossier(root: Path, invoices: int = 3000, payments: int = 10_000) -> Path:
    """Write a ledger of one business debtor with many invoices and part-payments (about 0.6 MB)."""
    (root / "debtors").mkdir(parents=True, exist_ok=True)
    shutil.copy(DEMO_CREDITOR, root / "creditor.yaml")
    start = date(2024, 1, 1)
    lines = ["id: G-000001", "name: Groothandel Veelfactuur B.V.", "type: business", "invoices:"]
    for k in range(invoices):
        day = start + timedelta(days=k * 900 // invoices)
        lines += [
            f"  - number: G{k:06d}",
            f"    date: {day}",
            f"    due: {day + timedelta(days=30)}",
            f"    amount: {50 + (k * 37) % 2000}.{k % 100:02d}",
        ]
    lines.append("payments:")
    for k in range(payments):
        lines += [f"  - date: {start + timedelta(days=35 + k * 900 // payments)}", f"    amount: {20 + (k * 13) % 300}"]
        if k % 5 == 0:
            lines.append(f"    invoice: G{(k * 3) % invoices:06d}")
    (root / "debtors" / "G-000001.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _count(text: str) -> int:
    """A number of debtors: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1 (got {text})")
    return int(text)


def main(argv: list[str] | None = None) -> int:
    """Write a synthetic ledger into a new folder: the benchmarks' ledgers, to try a build by hand."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic", description=main.__doc__)
    parser.add_argument("ledger", type=Path, help="the folder to write (must not exist yet)")
    parser.add_argument("--debtors", type=_count, default=1000, help="how many debtors (default: %(default)s)")
    parser.add_argument("--night", choices=NIGHTS, default="recorded", help="(default: %(default)s)")
    parser.add_argument("--as-of", type=date.fromisoformat, default=AS_OF, help="(default: %(default)s)")
    parser.add_argument(
        "--bank-year", action="store_true", help="add a year of daily camt.053 statements (about a credit a debtor)"
    )
    args = parser.parse_args(argv)
    if args.ledger.exists():
        parser.error(f"{args.ledger} exists: give a new folder (nothing was written)")
    write_ledger(args.ledger, args.debtors, args.as_of, args.night)
    if args.bank_year:
        write_bank_year(args.ledger, args.debtors, year_end=args.as_of - timedelta(days=2), own_accounts=True)
    bank = ", a year of bank statements" if args.bank_year else ""
    print(
        f"{args.ledger}: {args.debtors} debtors as of {args.as_of} ({args.night}{bank}); build it with --as-of "
        f"{args.as_of}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
