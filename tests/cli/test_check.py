"""`incasso check`: what it prints about a ledger, valid or not."""

from incasso.cli.main import main
from tests.support.ledgers import debtor_path, valid_creditor, valid_debtor, where, write_ledger


def test_entries_not_read_are_noted_even_when_quiet(tmp_path, capsys):
    root = write_ledger(
        tmp_path,
        creditor=valid_creditor(interest="none"),
        debtors={"D-1001.yaml": valid_debtor(), "README.md": "# our debtors"},
    )
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01", "--quiet"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"note: {root / 'debtors' / 'README.md'}: not read: only files ending in .yaml or .yml are debtor files"
    ]


# -- what the letters need: an address the envelope's window shows -------------------------------

EIGHT_LINES = [f"Regel {n}" for n in range(1, 8)]  # with the name above them: 8 lines, the window holds 7


def test_an_address_too_long_for_the_envelopes_window_is_refused_with_its_place(tmp_path, capsys):
    debtor = valid_debtor(contact={"person": "Jan de Vries", "address": EIGHT_LINES})
    root = write_ledger(tmp_path, debtors={"x.yaml": debtor})
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{debtor_path(root, 'x.yaml')}:{where(debtor, 'contact.address')}: contact.address: with the name above "
        "it, the address does not fit the envelope's window, even in 7 pt type (8 lines, at most 7, each at most "
        "the window's width): shorten the lines or write fewer (got "
        + " / ".join([debtor["name"], *EIGHT_LINES])
        + ")",
        "1 problem in the ledger; nothing was built or published.",
    ]


def test_a_line_wider_than_the_window_is_refused_too(tmp_path, capsys):
    wide = "Bedrijventerrein De Lange Rijn, Unit 14-16, Achteringang Via De Laad- En Loskade"
    debtor = valid_debtor(contact={"address": [wide, "3542 AD Utrecht"]})
    root = write_ledger(tmp_path, debtors={"x.yaml": debtor})
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01"]) == 1
    assert "contact.address: with the name above it, the address does not fit" in capsys.readouterr().err
