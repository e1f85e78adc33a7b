"""incasso.audit.ledger: the audit's view of a ledger."""

from __future__ import annotations

import random
from dataclasses import replace

from incasso.audit.ledger import Index, check_people, ledger_people, ledger_view
from incasso.audit.report import Report
from incasso.audit.text import Haystack, words
from incasso.ledger.model import Representative, RepresentativeRole
from incasso.payments.tokens import DEMO_SECRET
from tests.support.ledgers import ADMINISTRATOR_READ
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


def _findings(representative: Representative, shown: str, page: int) -> list[str]:
    """What the audit says of a debtor's page (`page`: which debtor's, 0 the first) showing `shown`, with
    `representative` acting for the first debtor."""
    ledger = ledger_as_built()
    debtor = replace(ledger.debtors[0], representative=representative)
    view = ledger_view(replace(ledger, debtors=(debtor, *ledger.debtors[1:])), DEMO_SECRET, AS_OF)
    report = Report()
    check_people(f"s/{view.people[page].token}/index.html", [Haystack(words(shown))], view, report)
    return [finding.problem for finding in report.findings]


HELP_BOX = "Het Juridisch Loket Juridisch advies. 0900-8020 juridischloket.nl Geldfit 0800-8115 geldfit.nl"


def test_a_help_line_recorded_as_counsellor_is_no_leak_where_the_help_box_shows_it():
    loket = Representative(RepresentativeRole.COUNSELLOR, "Het Juridisch Loket", phone="0900-8020")
    geldfit = Representative(RepresentativeRole.COUNSELLOR, "Geldfit", phone="0800 8115")
    for page in (0, 1):  # the debtor's own page, and every other household's, shows the same help box
        assert _findings(loket, HELP_BOX, page) == []
        assert _findings(geldfit, HELP_BOX, page) == []


def test_a_private_counsellors_name_or_number_on_a_page_is_still_a_leak():
    smit = Representative(RepresentativeRole.COUNSELLOR, "Schuldhulp Utrecht, Jan Smit", phone="030 286 00 00")
    found = _findings(smit, HELP_BOX + " Schuldhulp Utrecht, Jan Smit, 030 286 00 00", 1)
    assert any("the representative's name" in f for f in found)
    assert any("the representative's phone number" in f for f in found)
    # A help line's name with a private number: the number is the leak.
    loket = Representative(RepresentativeRole.COUNSELLOR, "Het Juridisch Loket", phone="06 11 22 33 44")
    found = _findings(loket, HELP_BOX + " bel 06 11 22 33 44", 0)
    assert found == [f for f in found if "phone number" in f] and found


def test_a_representative_on_the_debtor_s_own_page_is_a_third_party_s_data():
    # The page names them by role ("uw bewindvoerder"); their name, e-mail, phone and address are a third
    # party's personal data, on no page: the debtor's own page, where the debtor's name may be, least of all.
    shown = "Bewindvoering Domstad B.V. post@bewinddomstad.example.nl +31 30 200 11 22 Postbus 1234"
    for page in (0, 1):  # their own debtor's page, and another's
        found = _findings(ADMINISTRATOR_READ, shown, page)
        for what in ("name", "e-mail address", "phone number", "address line"):
            assert any(f"the representative's {what}" in f and "third party" in f for f in found), (page, found)


def test_an_index_finds_every_place_a_sequence_occurs_once_with_all_its_labels():
    index = Index([(("zwanenburg", "logistics"), "a"), (("zwanenburg", "logistics"), "b"), (("logistics",), "c")])
    text = words("Zwanenburg Logistics en Zwanenburg Logistics")
    assert index.find(text) == [(0, 2, ["a", "b"]), (1, 1, ["c"]), (3, 2, ["a", "b"]), (4, 1, ["c"])]


def test_an_index_over_some_places_finds_only_what_covers_one_of_them():
    # A text run together as a browser shows it ("Zwanen<b></b>burg") is read for the words only it has:
    # a match elsewhere in it the other reading found already.
    index = Index([(("a", "b", "c"), 1), (("b",), 2), (("c", "d"), 3), (("x",), 4), (("d", "e", "f", "g"), 5)])
    text = ("x", "a", "b", "c", "d", "e", "f", "g", "x")
    assert index.find(text, over=frozenset({3})) == [(1, 3, [1]), (3, 2, [3])]
    assert index.find(text, over=frozenset({7})) == [(4, 4, [5])]  # reaching back the longest's length
    assert index.find(text, over=frozenset({0, 8})) == [(0, 1, [4]), (8, 1, [4])]
    assert index.find(text, over=frozenset()) == []
    everywhere = frozenset(range(len(text)))
    assert index.find(text, over=everywhere) == index.find(text)


def test_an_index_over_some_places_finds_what_a_search_everywhere_finds_over_them():
    # The audit must find exactly what it found when it searched the run-together text everywhere and kept the
    # matches over a join: a join at the first or last word, a sequence longer than the text or than the window
    # before a join, an empty text, one sequence under several labels.
    draw = random.Random(59)
    for _ in range(3000):
        vocabulary = "abcde"[: draw.randint(1, 5)]
        needles = [
            (tuple(draw.choice(vocabulary) for _ in range(draw.randint(1, 5))), draw.randint(0, 2))
            for _ in range(draw.randint(1, 6))
        ]
        text = tuple(draw.choice(vocabulary + "xy") for _ in range(draw.randint(0, 12)))
        joins = frozenset(i for i in range(len(text)) if draw.random() < 0.2)
        index = Index(needles)
        everywhere = index.find(text)
        assert index.find(text, over=joins) == [
            (i, length, labels) for i, length, labels in everywhere if any(i + k in joins for k in range(length))
        ], (needles, text, joins)


def test_the_view_counts_the_debtors_it_has_indexed_up_to_all_of_them():
    ledger = ledger_as_built()
    counts: list[tuple[int, int]] = []
    ledger_view(ledger, DEMO_SECRET, AS_OF, counted=lambda done, total: counts.append((done, total)))
    debtors = len(ledger.debtors)
    assert counts[0] == (0, debtors) and counts[-1] == (debtors, debtors)
    assert [done for done, _ in counts] == sorted(done for done, _ in counts)
