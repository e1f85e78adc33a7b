"""Small fixture ledgers for tests, written from Python dicts.

    root = write_ledger(tmp_path, debtors=[valid_debtor(type="business")])
    ledger = load_ledger(root)

The dicts are what a user would write in YAML. `to_yaml` is a tiny emitter
whose output is predictable to the character, so a test can say where a value
was written (`where(doc, "invoices[0].amount")` -> "16:13") and assert the exact
error line users read. Values are written as the ledger format expects:

- `str`: double-quoted text (stays text whatever it looks like);
- `Raw("no")`: written verbatim, unquoted (to test what plain YAML does);
- `Decimal`, `int`: plain numbers (`1250.00`); `date`: plain ISO (`2026-08-01`);
- `bool`: `true`/`false`; `None`: `null`;
- `MISSING` as a value in `changed(...)`/`valid_*(...)` removes the field.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from incasso.ledger.model import Representative, RepresentativeRole

__all__ = [
    "MISSING",
    "Raw",
    "VALID_CREDITOR",
    "changed",
    "debtor_path",
    "invoice",
    "ledger_problems",
    "payment",
    "to_yaml",
    "valid_creditor",
    "valid_debtor",
    "where",
    "write_ledger",
]


class Raw(str):
    """A scalar written exactly as given, without quotes."""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

VALID_CREDITOR: dict = {
    "name": "Installatiebedrijf Voorbeeld B.V.",
    "kvk": "12345678",
    "vat_number": "NL001234511B01",
    "address": ["Industrieweg 12", "3542 AD Utrecht"],
    "iban": "NL91ABNA0417164300",
    "bic": "ABNANL2A",
    "contact": {
        "name": "Sanne Jansen",
        "role": "Debiteurenbeheer",
        "phone": "+31 30 123 45 67",
        "email": "debiteuren@voorbeeld.nl",
        "hours": "ma-vr 9.00-17.00",
    },
    "interest": "statutory",
    "payment_url": "https://pay.example.nl/{reference}",
}

_VALID_INVOICE: dict = {
    "number": "F2026-0001",
    "date": date(2026, 1, 5),
    "due": date(2026, 2, 4),
    "amount": Decimal("1250.00"),
    "description": "Onderhoud ovens januari",
}

_VALID_PAYMENT: dict = {"date": date(2026, 2, 20), "amount": Decimal("250.00")}

_VALID_DEBTOR: dict = {
    "id": "D-1001",
    "name": "Bakkerij De Vries",
    "type": "consumer",
    "language": "nl",
    "contact": {
        "person": "Jan de Vries",
        "email": "jan@bakkerijdevries.nl",
        "phone": "+31 6 12345678",
        "address": ["Dorpsstraat 1", "1234 AB Ergens"],
    },
    "invoices": [_VALID_INVOICE],
}


def valid_creditor(**changes: Any) -> dict:
    """A valid creditor.yaml as a dict, with top-level fields changed (MISSING removes)."""
    return changed(VALID_CREDITOR, changes)


def valid_debtor(**changes: Any) -> dict:
    """A valid consumer debtor with one invoice of 1250.00 due 2026-02-04."""
    return changed(_VALID_DEBTOR, changes)


def invoice(**changes: Any) -> dict:
    """A valid invoice (F2026-0001, 2026-01-05, due 2026-02-04, 1250.00)."""
    return changed(_VALID_INVOICE, changes)


def payment(**changes: Any) -> dict:
    """A valid payment (2026-02-20, 250.00, no invoice named)."""
    return changed(_VALID_PAYMENT, changes)


def changed(doc: Any, changes: dict[str, Any]) -> Any:
    """A deep copy of `doc` with fields set by path (`"invoices[0].amount"`); MISSING deletes."""
    result = copy.deepcopy(doc)
    for path, value in changes.items():
        *parents, last = _steps(path)
        target = result
        for step in parents:
            target = target[step]
        if value is MISSING and isinstance(target, dict):
            target.pop(last, None)  # removing an absent field leaves the doc as it is
        elif value is MISSING:
            del target[last]
        else:
            target[last] = copy.deepcopy(value)
    return result


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for part in path.split("."):
        name, *indexes = re.split(r"\[", part)
        if name:
            steps.append(name)
        steps.extend(int(i.rstrip("]")) for i in indexes)
    return steps


# -- the emitter ------------------------------------------------------------------


def to_yaml(doc: Any) -> str:
    """The YAML text for `doc`, block style, two-space indents."""
    return _emit(doc)[0]


def where(doc: Any, path: str, *, key: bool = False) -> str:
    """ "line:column" where `to_yaml(doc)` writes the value (or the key) at `path`.

    The value of a mapping or list is where its first entry starts, which is
    where the loader reports it; "" is the whole document (line 1).
    """
    marks = _emit(doc)[1]
    line, column = marks[(path, "key" if key else "value")]
    return f"{line}:{column}"


def _emit(doc: Any) -> tuple[str, dict[tuple[str, str], tuple[int, int]]]:
    lines: list[str] = []
    marks: dict[tuple[str, str], tuple[int, int]] = {}
    if isinstance(doc, dict) and doc:
        marks[("", "value")] = (1, 1)
        _mapping(doc, 0, "", lines, marks, "")
    elif isinstance(doc, list) and doc:
        marks[("", "value")] = (1, 1)
        _sequence(doc, 0, "", lines, marks)
    else:
        marks[("", "value")] = (1, 1)
        lines.append(_scalar(doc))
    return "\n".join(lines) + "\n", marks


def _scalar(value: Any) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, (Decimal, int)):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars
    if isinstance(value, dict) and not value:
        return "{}"
    if isinstance(value, list) and not value:
        return "[]"
    raise TypeError(f"cannot write {value!r} as YAML")


def _is_block(value: Any) -> bool:
    return isinstance(value, (dict, list)) and bool(value) and not isinstance(value, Raw)


def _mapping(doc: dict, indent: int, path: str, lines: list[str], marks, first_prefix: str) -> None:
    for n, (key, value) in enumerate(doc.items()):
        prefix = first_prefix if n == 0 and first_prefix else " " * indent
        here = f"{path}.{key}" if path else key
        line = len(lines) + 1
        marks[(here, "key")] = (line, len(prefix) + 1)
        if _is_block(value):
            lines.append(f"{prefix}{key}:")
            marks[(here, "value")] = (line + 1, indent + 3)
            if isinstance(value, dict):
                _mapping(value, indent + 2, here, lines, marks, "")
            else:
                _sequence(value, indent + 2, here, lines, marks)
        else:
            lines.append(f"{prefix}{key}: {_scalar(value)}")
            marks[(here, "value")] = (line, len(prefix) + len(key) + 3)


def _sequence(items: list, indent: int, path: str, lines: list[str], marks) -> None:
    for i, item in enumerate(items):
        here = f"{path}[{i}]"
        prefix = " " * indent + "- "
        line = len(lines) + 1
        marks[(here, "key")] = (line, indent + 1)  # the dash
        marks[(here, "value")] = (line, indent + 3)
        if isinstance(item, dict) and item:
            _mapping(item, indent + 2, here, lines, marks, prefix)
        elif isinstance(item, list) and item:
            lines.append(prefix.rstrip())
            marks[(here, "value")] = (line + 1, indent + 3)
            _sequence(item, indent + 2, here, lines, marks)
        else:
            lines.append(prefix + _scalar(item))


# -- ledger folders ------------------------------------------------------------------

Content = dict | str | bytes


def write_ledger(
    tmp_path: Path,
    creditor: Content | None = None,
    debtors: list[Content] | dict[str, Content] = (),
    *,
    name: str = "ledger",
) -> Path:
    """Write a ledger folder under `tmp_path` and return its path.

    `creditor` defaults to VALID_CREDITOR. `debtors` is a list (each dict
    written to `debtors/<id>.yaml`, text or bytes to `debtors/debtor-<n>.yaml`)
    or a mapping of file names (relative to `debtors/`, sub-folders allowed)
    to contents. Dicts go through `to_yaml`; text and bytes are written as is.
    """
    root = tmp_path / name
    (root / "debtors").mkdir(parents=True, exist_ok=True)
    _write(root / "creditor.yaml", VALID_CREDITOR if creditor is None else creditor)
    if not isinstance(debtors, dict):
        debtors = {_file_name(doc, n): doc for n, doc in enumerate(debtors, start=1)}
    for file_name, doc in debtors.items():
        path = root / "debtors" / file_name
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, doc)
    return root


def debtor_path(root: Path, doc_or_name: Content, n: int = 1) -> str:
    """The path of a debtor file as error lines show it."""
    name = (
        doc_or_name
        if isinstance(doc_or_name, str) and doc_or_name.endswith((".yaml", ".yml"))
        else _file_name(doc_or_name, n)
    )
    return str(root / "debtors" / name)


def ledger_problems(root: Path) -> list[str]:
    """The error lines `load_ledger(root)` reports; fails the test if it loads."""
    from incasso.ledger.load import load_ledger
    from incasso.ledger.problems import LedgerError

    try:
        load_ledger(root)
    except LedgerError as err:
        return [str(problem) for problem in err.problems]
    raise AssertionError(f"the ledger in {root} loaded without problems")


def debtor_file_problems(tmp_path: Path, doc: Content) -> tuple[str, list[str]]:
    """Write `doc` as the only debtor file (x.yaml) of a valid ledger; that file's path as error lines
    show it, and the error lines loading the ledger reports."""
    root = write_ledger(tmp_path, debtors={"x.yaml": doc})
    return debtor_path(root, "x.yaml"), ledger_problems(root)


def _file_name(doc: Content, n: int) -> str:
    if isinstance(doc, dict) and isinstance(doc.get("id"), str) and re.fullmatch(r"[\w.-]+", doc["id"]):
        return f"{doc['id']}.yaml"
    return f"debtor-{n}.yaml"


def _write(path: Path, doc: Content) -> None:
    if isinstance(doc, bytes):
        path.write_bytes(doc)
    elif isinstance(doc, str):
        path.write_text(doc, encoding="utf-8")
    else:
        path.write_text(to_yaml(doc), encoding="utf-8")


# -- one-debtor dossiers, for tests of a claim on a date --------------------------------------------


def days(n: int) -> timedelta:
    return timedelta(days=n)


def event(on: date, kind: str, **fields: Any) -> dict:
    """An event dict for `valid_debtor(events=[...])`."""
    return {"date": on, "type": kind, **fields}


def one_debtor_ledger(
    tmp_path: Path,
    *,
    interest: str = "none",
    policy: dict | None = None,
    creditor_changes: dict | None = None,
    **debtor_changes: Any,
):
    """The loaded ledger of `valid_creditor` (with the changes) and one `valid_debtor`."""
    from incasso.ledger.load import load_ledger

    changes = {"interest": interest, **({"policy": policy} if policy else {}), **(creditor_changes or {})}
    return load_ledger(
        write_ledger(tmp_path, creditor=valid_creditor(**changes), debtors=[valid_debtor(**debtor_changes)])
    )


def disputed_apart_ledger(tmp_path: Path) -> Path:
    """One consumer with F-A (640.00) chased and F-B (1180.00) disputed apart since 2026-02-09."""
    disputed = event(date(2026, 2, 9), "dispute", reason="Niet besteld", invoices=["F-B"])
    debtor = valid_debtor(
        invoices=[invoice(number="F-A", amount="640.00"), invoice(number="F-B", amount="1180.00")],
        events=[event(date(2026, 2, 5), "reminder", channel="letter"), disputed],
    )
    return write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[debtor])


# A plumber's plans: 12 monthly instalments of EUR 100.00 from 1 June 2026 for an invoice of EUR 1,200.00.
PLAN_DAYS = [date(2026, month, 1) for month in range(6, 13)] + [date(2027, month, 1) for month in range(1, 6)]
HUNDRED = Decimal("100.00")


def plan_debtor(debtor_id: str, name: str, paid_until: date) -> dict:
    """A debtor on a plan of twelve EUR 100.00 instalments, who paid each one on its day up to `paid_until`."""
    plan = event(date(2026, 5, 20), "arrangement", installments=[{"due": d, "amount": HUNDRED} for d in PLAN_DAYS])
    return valid_debtor(
        id=debtor_id,
        name=name,
        contact={"person": name, "address": ["Dorpsstraat 1", "1234 AB Ergens"]},
        invoices=[invoice(number=f"F{debtor_id}", date=date(2026, 3, 2), due=date(2026, 4, 1), amount="1200.00")],
        payments=[payment(date=d, amount=HUNDRED) for d in PLAN_DAYS if d <= paid_until],
        events=[plan],
    )


# Who acts for a debtor (`representative:`, docs/ledger-format.md "Someone who acts for the debtor"), as a debtor
# file writes them: an administrator who receives the letters, and a counsellor whom staff talk to.
ADMINISTRATOR = {
    "role": "administrator",
    "name": "Bewindvoering Domstad B.V.",
    "email": "post@bewinddomstad.example.nl",
    "phone": "+31 30 200 11 22",
    "address": ["Postbus 1234", "3500 AA Utrecht"],
}
COUNSELLOR = {"role": "counsellor", "name": "Schuldhulp Utrecht, Jan Smit", "phone": "030 286 00 00"}
# The administrator as the ledger reads it.
ADMINISTRATOR_READ = Representative(
    RepresentativeRole.ADMINISTRATOR,
    "Bewindvoering Domstad B.V.",
    email="post@bewinddomstad.example.nl",
    phone="+31 30 200 11 22",
    address=("Postbus 1234", "3500 AA Utrecht"),
)
