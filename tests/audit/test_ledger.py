"""incasso.audit.ledger: the audit's view of a ledger."""

from __future__ import annotations

from dataclasses import replace

from incasso.audit.ledger import ledger_people, ledger_view
from incasso.payments.tokens import DEMO_SECRET
from tests.support.site import AS_OF, ledger_as_built


def test_words_two_debtors_share_are_held_once():
    ledger = ledger_as_built()
    first = ledger.debtors[0]
    twin = replace(first, id="D-9999")  # every field the same but the id
    people = ledger_people(replace(ledger, debtors=(first, twin)), DEMO_SECRET, AS_OF)
    mine = {needle: needle for needle, _, _ in people[0].marks}
    shared = [(needle, mine[needle]) for needle, _, _ in people[1].marks if needle in mine]
    assert len(shared) >= 3  # the name, the address lines, the invoices' numbers at least
    assert all(theirs is ours for theirs, ours in shared)
    assert all(a is b for theirs, ours in shared for a, b in zip(theirs, ours, strict=True))


def test_the_view_indexes_every_debtor_s_words():
    ledger = ledger_as_built()
    view = ledger_view(ledger, DEMO_SECRET, AS_OF)
    assert {person.id for person in view.people} == {debtor.id for debtor in ledger.debtors}
    for person in view.people:
        for needle, what, kind in person.marks:
            labels = view.marks.table[needle[0]][len(needle)][needle]
            assert (person.id, what, kind) in labels
