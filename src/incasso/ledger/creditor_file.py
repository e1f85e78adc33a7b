"""creditor.yaml as read: the creditor, the contact desk and the escalation policy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields

from schwifty import BIC, IBAN, registry
from schwifty.exceptions import SchwiftyException
from stdnum.eu import vat
from stdnum.exceptions import InvalidChecksum, ValidationError

from incasso.law.tables import CONSUMER_TERM_DAYS
from incasso.ledger.fields import Reader
from incasso.ledger.invoice_masks import mask_key, mask_problem
from incasso.ledger.model import (
    ENVELOPE_WINDOWS,
    INTEREST_CHOICES,
    Creditor,
    Desk,
    InterestChoice,
    Policy,
    ReturnAnswer,
    SetAside,
)
from incasso.ledger.problems import Source
from incasso.ledger.yamlsafe import Node, Scalar
from incasso.payments.epc import max_name_bytes, payment_url_problem

POLICY_FIELDS = tuple(f.name for f in dataclass_fields(Policy))
_DEFAULT_POLICY = Policy()
# The policy's numbers of days; its other settings are yes/no, an amount and the envelope's window.
_POLICY_YES_NO = ("business_costs_from_due", "costs_vat", "calls")
_POLICY_DAYS = tuple(
    name for name in POLICY_FIELDS if name not in (*_POLICY_YES_NO, "chase_minimum", "envelope_window")
)
# The law gives consumers at least 14 days after the final notice (art. 6:96 lid 6 BW).
_POLICY_MINIMUM = {"delivery_days": 0, "final_notice_term_days": CONSUMER_TERM_DAYS}


@dataclass(frozen=True)
class CreditorRead:
    """The creditor when every field it needs came through, and its interest choice, which
    the rules across files read either way."""

    record: Creditor | None
    interest: InterestChoice


# The desk's and the policy's fields written at the top of creditor.yaml (its `name` and `address` are the
# creditor's own there).
_ELSEWHERE = {**dict.fromkeys(("role", "phone", "email", "hours"), "contact"), **dict.fromkeys(POLICY_FIELDS, "policy")}


# What to write when a required field is left out: "is required but missing" alone names no remedy (session 49).
_CREDITOR_MISSING = {
    "name": ": write the creditor's legal name, as its invoices have it",
    "address": ": write the creditor's postal address as lines: [Vlampijpstraat 48, 3534 AR Utrecht]",
    "iban": ": write the account debtors pay into, copied from a bank statement",
    "contact": ": write the desk debtors reach under it, at least its name: (a person)",
}
_DESK_MISSING = {"name": ": write the name of the person debtors reach"}


_CREDITOR_OPTIONAL = (
    "kvk",
    "vat_number",
    "bic",
    "interest",
    "payment_url",
    "policy",
    "bank_set_aside",
    "bank_returns",
    "invoice_numbers",
)


def read_creditor(r: Reader, node: Node) -> CreditorRead | None:
    """creditor.yaml's root node as read; None when it is not a mapping of fields."""
    m = r.mapping(
        node,
        "",
        required=("name", "address", "iban", "contact"),
        optional=_CREDITOR_OPTIONAL,
        belongs=_ELSEWHERE,
        missing=_CREDITOR_MISSING,
    )
    if m is None:
        return None
    kvk = r.text(m.get("kvk"), "kvk")
    if kvk and not re.fullmatch(r"[0-9]{8}", kvk):
        digits = re.sub(r"[\s.-]", "", kvk)  # written in groups, as a letterhead shows it: 1234 5678
        mend = f"; write {digits}" if re.fullmatch(r"[0-9]{8}", digits) else None
        r.report(m["kvk"], "kvk", "must be the 8 digits of the KVK number", kvk, mend)
    address = r.lines(m.get("address"), "address")
    if "address" in m and not address:
        r.report(m["address"], "address", "must hold at least one line")
    name = r.text(m.get("name"), "name", max_length=70)
    iban = r.iban(m.get("iban"), "iban")
    contact = _desk(r, m.get("contact"))
    interest = r.choice(m.get("interest"), "interest", INTEREST_CHOICES) or InterestChoice.NONE
    bic = r.checked(m.get("bic"), "bic", _bic)
    vat_number = r.checked(m.get("vat_number"), "vat_number", _vat_number)
    payment_url = r.checked(m.get("payment_url"), "payment_url", _payment_url)
    policy, policy_sources = _policy(r, m.get("policy"))
    set_aside = _set_aside(r, m.get("bank_set_aside"))
    return_answers = _return_answers(r, m.get("bank_returns"))
    invoice_numbers, masks_at = _invoice_numbers(r, m.get("invoice_numbers"))
    if name is not None and iban is not None:
        _name_fits_the_qr_code(r, m["name"], name, iban, bic)
    if iban is not None:
        _account_takes_sepa_transfers(r, m, iban, bic)
    # Every field is read above, so that all its problems are reported, before the record is built.
    if name is None or iban is None or contact is None:
        return CreditorRead(None, interest)
    creditor = Creditor(
        name=name,
        address=address,
        iban=iban,
        contact=contact,
        kvk=kvk,
        vat_number=vat_number,
        bic=bic,
        interest=interest,
        payment_url=payment_url,
        policy=policy,
        source=node.source,
        iban_source=m["iban"].source,
        address_source=m["address"].source if "address" in m else None,
        name_source=m["name"].source,
        set_aside=set_aside,
        return_answers=return_answers,
        policy_sources=policy_sources,
        invoice_numbers=invoice_numbers,
        invoice_numbers_sources=masks_at,
    )
    return CreditorRead(creditor, interest)


def _set_aside(r: Reader, node: Node | None) -> tuple[SetAside, ...]:
    """The bank money staff set aside as no debtor's, each with the entry it names (`bank_ref`, dated as the bank
    credited it, as a payment naming it is), how much of it and why; whether the entry holds that much is checked
    against the statements (incasso.bank.reconcile)."""
    found = []
    for i, item in enumerate(r.sequence(node, "bank_set_aside")):
        field = f"bank_set_aside[{i}]"
        m = r.mapping(item, field, required=("bank_ref", "date", "amount", "reason"))
        if m is None:
            continue
        bank_ref = r.text(m.get("bank_ref"), f"{field}.bank_ref", max_length=40)
        day = r.date(m.get("date"), f"{field}.date")
        amount = r.amount(m.get("amount"), f"{field}.amount")
        reason = r.text(m.get("reason"), f"{field}.reason")
        if bank_ref is not None and day is not None and amount is not None and reason is not None:
            found.append(SetAside(day, amount, bank_ref, reason, item.source))
    return tuple(found)


# The word by which staff say a return took back none of the credits the statements hold (`credit: none`).
NO_CREDIT = "none"


def _return_answers(r: Reader, node: Node | None) -> tuple[ReturnAnswer, ...]:
    """Which credit each return took back, as the bank told staff: the return and the credit each named as a
    payment names its entry (reference and day), or `none`; one answer per return, each credit taken back once.
    Whether the entries are a return and a credit it may take back is checked against the statements
    (incasso.bank.reconcile)."""
    found: list[ReturnAnswer] = []
    answered: dict[tuple, str] = {}  # the return, and the credit, each answer names: where it was first named
    for i, item in enumerate(r.sequence(node, "bank_returns")):
        field = f"bank_returns[{i}]"
        optional = ("credit_date", "charges")
        m = r.mapping(item, field, required=("bank_ref", "date", "credit", "reason"), optional=optional)
        if m is None:
            continue
        bank_ref = r.text(m.get("bank_ref"), f"{field}.bank_ref", max_length=40)
        day = r.date(m.get("date"), f"{field}.date")
        credit = r.text(m.get("credit"), f"{field}.credit", max_length=40)
        credit_day = r.date(m.get("credit_date"), f"{field}.credit_date")
        reason = r.note(m.get("reason"), f"{field}.reason")
        charges = r.amount(m.get("charges"), f"{field}.charges", at_zero=_NO_CHARGES)
        none = credit is not None and credit.lower() == NO_CREDIT
        if none and "credit_date" in m:
            r.report(
                m["credit_date"],
                f"{field}.credit_date",
                "is the day of the credit taken back, and credit is none: leave it out",
            )
        elif credit is not None and not none and "credit_date" not in m:
            r.report(item, f"{field}.credit_date", _CREDIT_DATE_MISSING)
        elif bank_ref is not None and day is not None and credit is not None and reason is not None:
            taken = None if none else (credit, credit_day)
            twice = _answered_twice(r, item, field, (bank_ref, day), taken, answered)
            written = "charges" not in m or charges is not None  # refused charges are said; the answer is not kept
            if not twice and written and (credit_day is not None or none):
                at = m["charges"].source if "charges" in m else None
                took = None if none else credit
                found.append(ReturnAnswer(bank_ref, day, took, credit_day, reason, item.source, field, charges, at))
    return tuple(found)


_NO_CHARGES = "; a return the bank kept no charges of takes back all it debits: leave charges out"


_CREDIT_DATE_MISSING = (
    "is required but missing: the day the bank credited the credit taken back (the staff note's lines give it), "
    "or write credit: none"
)


def _answered_twice(
    r: Reader, item: Node, field: str, back: tuple, taken: tuple | None, answered: dict[tuple, str]
) -> bool:
    """Whether an answer names a return another answer named before it, or a credit another says a return took
    back: one answer per return, and a credit is taken back once (said at the later one's place)."""
    if ("return", *back) in answered:
        first = answered[("return", *back)]
        r.report(
            item,
            f"{field}.bank_ref",
            f"answers return {back[0]} of {back[1]} a second time ({first} answers it): write one answer per return",
        )
        return True
    if taken is not None and ("credit", *taken) in answered:
        first = answered[("credit", *taken)]
        r.report(
            item,
            f"{field}.credit",
            f"names credit {taken[0]} of {taken[1]}, which {first} says another return "
            "took back: a credit is taken back once",
        )
        return True
    answered[("return", *back)] = field
    if taken is not None:
        answered[("credit", *taken)] = field
    return False


def _invoice_numbers(r: Reader, node: Node | None) -> tuple[tuple[str, ...], tuple[Source, ...]]:
    """How the creditor's own invoice numbers are written (masks, incasso.ledger.invoice_masks), each checked, all
    problems at once, and where each was written; a mask refused is left out (the ledger is refused then, so
    nothing is built without it)."""
    found: dict[str, str] = {}
    written: dict[str, Source] = {}
    for i, item in enumerate(r.sequence(node, "invoice_numbers")):
        field = f"invoice_numbers[{i}]"
        if isinstance(item, Scalar) and item.is_null:  # `- ####-####`: YAML reads a comment after the dash
            r.report(item, field, "is empty: a mask that starts with # is a comment to YAML; quote it ('####-####')")
            continue
        mask = r.text(item, field, max_length=40)
        if mask is None:
            continue
        problem = mask_problem(mask)
        if problem is None and mask_key(mask) in found:
            problem = f"finds the same numbers as {found[mask_key(mask)]}, written before it: write each form once"
        if problem is not None:
            r.report(item, field, problem, mask)
            continue
        found[mask_key(mask)] = mask
        written[mask_key(mask)] = item.source
    return tuple(found.values()), tuple(written.values())


def _desk(r: Reader, node: Node | None) -> Desk | None:
    optional = ("role", "phone", "email", "hours")
    desk = r.mapping(node, "contact", required=("name",), optional=optional, missing=_DESK_MISSING) or {}
    name = r.text(desk.get("name"), "contact.name")
    role, role_en = r.per_language(desk.get("role"), "contact.role")
    phone = r.phone(desk.get("phone"), "contact.phone")
    email = r.email(desk.get("email"), "contact.email")
    hours, hours_en = r.per_language(desk.get("hours"), "contact.hours")
    return Desk(name, role, phone, email, hours, role_en, hours_en) if name is not None else None


def _policy(r: Reader, node: Node | None) -> tuple[Policy, tuple[tuple[str, Source], ...]]:
    """The settings written; any left out (or refused) keeps its default. With them, where each was written
    (claims.notices points at the line: `costs_vat` beside a VAT number, the days a reminder gives)."""
    m = r.mapping(node, "policy", optional=POLICY_FIELDS) or {}
    days = {
        name: value
        for name in _POLICY_DAYS
        if name in m
        and (value := r.integer(m[name], f"policy.{name}", minimum=_POLICY_MINIMUM.get(name, 1))) is not None
    }
    from_due = r.boolean(m.get("business_costs_from_due"), "policy.business_costs_from_due")
    costs_vat = r.boolean(m.get("costs_vat"), "policy.costs_vat")
    minimum = r.amount(m.get("chase_minimum"), "policy.chase_minimum", at_zero="; to chase every cent, write 0.01")
    calls = r.boolean(m.get("calls"), "policy.calls")
    window = r.choice(m.get("envelope_window"), "policy.envelope_window", ENVELOPE_WINDOWS)
    policy = Policy(
        **days,
        business_costs_from_due=_DEFAULT_POLICY.business_costs_from_due if from_due is None else from_due,
        costs_vat=_DEFAULT_POLICY.costs_vat if costs_vat is None else costs_vat,
        chase_minimum=_DEFAULT_POLICY.chase_minimum if minimum is None else minimum,
        calls=_DEFAULT_POLICY.calls if calls is None else calls,
        envelope_window=window or _DEFAULT_POLICY.envelope_window,
    )
    return policy, tuple((name, value.source) for name, value in m.items())


def _account_takes_sepa_transfers(r: Reader, m: dict[str, Node], iban: str, bic: str | None) -> None:
    """The account every page, letter and QR code asks to pay to: a SEPA credit transfer needs it in the
    SEPA zone, and a BIC written beside it must be its bank's, or a bank that uses it routes the money
    elsewhere (or sends it back)."""
    account = IBAN(iban)
    if not account.in_sepa_zone:
        r.report(m["iban"], "iban", "must be an account in the SEPA zone: the pages ask for a SEPA transfer", iban)
    if bic is not None:
        _bic_of_the_bank(r, m["bic"], account, BIC(bic))


# Banks of the Crown Dependencies have GB IBANs and a BIC of their own island (BARCJESH): where the registry,
# which has no banks of these islands, knows the bank of such an IBAN, the BIC it gives is a GB one.
_GB_ISLANDS = frozenset({"JE", "GG", "IM"})


def _bic_of_the_bank(r: Reader, node: Node, account: IBAN, bic: BIC) -> None:
    """A BIC beside an IBAN whose bank schwifty's registry knows must be that bank's: its bank code and
    country (ING London's INGBGB2L is not ING Amsterdam's INGBNL2A), and, where the registry has the banks of
    its country, one it lists (it lists every BIC of a bank: BARCGB22 and BARCGB23; the 11-character form and
    a branch count as their bank's). An IBAN whose bank the registry does not know keeps any valid BIC."""
    known = account.bic
    if known is None:
        return
    countries = {known.country_code} | (_GB_ISLANDS if known.country_code == "GB" else set())
    if bic.bank_code != known.bank_code or bic.country_code not in countries:
        r.report(node, "bic", f"is not the BIC of the IBAN's bank ({known})", str(bic))
    elif bic.country_code in registry.get_countries() and not bic.domestic_bank_codes:
        message = (
            f"is a BIC the bank registry does not know, while it knows the IBAN's bank: its BIC is {known}; write "
            "that, or leave bic out (a SEPA transfer needs only the IBAN)"
        )
        r.report(node, "bic", message, str(bic))


def _bic(text: str) -> str:
    try:
        return str(BIC(text))
    except SchwiftyException as err:
        raise ValueError(f"is not a valid BIC: {err}") from None


_VAT_FORM = (
    "a Dutch one is NL, 9 digits, B and 2 digits (NL853746291B01); another EU one starts with its country's code"
)


def _vat_number(text: str) -> str:
    """A VAT number of an EU country (python-stdnum: its country code, form and check digit), as written:
    every page and letter shows it as the creditor's legal identity."""
    try:
        vat.validate(text)
    except InvalidChecksum:
        raise ValueError("is not a valid VAT number: its check digit does not match; check the digits") from None
    except ValidationError:
        kvk = " (8 digits are a KVK number: write that as `kvk`)" if re.fullmatch(r"[0-9]{8}", text.strip()) else ""
        raise ValueError(f"is not a VAT number: {_VAT_FORM}{kvk}") from None
    return text


def _payment_url(text: str) -> str:
    problem = payment_url_problem(text)
    if problem:
        raise ValueError(problem)
    return text


def _name_fits_the_qr_code(r: Reader, node: Node, name: str, iban: str, bic: str | None) -> None:
    """The EPC QR code carries the name with the IBAN, BIC, amount and reference in 331 bytes."""
    room = max_name_bytes(iban=iban, bic=bic)
    size = len(name.encode("utf-8"))
    if size > room:
        r.report(
            node,
            "name",
            f"must take at most {room} bytes in UTF-8 to fit the EPC QR code with this IBAN and BIC "
            "(a letter like é takes 2 bytes, € 3)",
            f"{size} bytes",
        )
