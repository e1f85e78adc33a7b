"""`incasso check`: what it prints about a ledger, valid or not."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from incasso.cli.main import main
from tests.support.bankfiles import CREDITOR_IBAN, Booking, camt053, write_bank
from tests.support.every_pass import EDITS, REFUND, every_pass_problems, ledger_with_a_problem_in_every_pass
from tests.support.ledgers import debtor_path, to_yaml, valid_creditor, valid_debtor, where, write_ledger
from tests.support.site import AS_OF, DEMO_LEDGER


def test_entries_not_read_are_noted_by_check_and_build_even_when_quiet(tmp_path, capsys):
    root = write_ledger(
        tmp_path,
        creditor=valid_creditor(interest="none"),
        debtors={"D-1001.yaml": valid_debtor(), "README.md": "# our debtors"},
    )
    expected = [
        f"note: {root / 'debtors' / 'README.md'}: not read: only files ending in .yaml or .yml are debtor files"
    ]
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01", "--quiet"]) == 0
    assert capsys.readouterr().out.splitlines() == expected
    # The nightly build says it too: a debtor file renamed by mistake takes its page down.
    args = ["build", "--ledger", str(root), "--as-of", "2026-03-01", "--output", str(tmp_path / "out")]
    args += ["--public-url", "http://localhost:8000"]  # a preview's (else the day's letter is noted as unlinked)
    assert main([*args, "--internal-output", str(tmp_path / "internal"), "--quiet"]) == 0
    assert capsys.readouterr().out.splitlines() == expected


def test_entries_not_read_are_noted_when_the_ledger_has_a_problem_too(tmp_path, capsys):
    # A bookkeeping export put in debtors/ beside an error: only the error was said, not that the export
    # was never read (nor that there is no import).
    root = write_ledger(
        tmp_path,
        creditor=valid_creditor(interest="wettelijk"),
        debtors={"D-1001.yaml": valid_debtor(), "debiteuren.csv": "id;naam;bedrag"},
    )
    expected = [
        f"note: {root / 'debtors' / 'debiteuren.csv'}: not read: only files ending in .yaml or .yml are debtor "
        "files; incasso imports no export: write each debtor as a .yaml file (docs/ledger-format.md)"
    ]
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01", "--quiet"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == expected
    assert "interest: must be one of statutory, none" in err
    args = ["build", "--ledger", str(root), "--as-of", "2026-03-01", "--output", str(tmp_path / "out")]
    assert main([*args, "--internal-output", str(tmp_path / "internal"), "--quiet"]) == 1
    assert capsys.readouterr().out.splitlines() == expected


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


def test_an_administrators_address_too_long_for_the_window_is_refused_at_that_address(tmp_path, capsys):
    # The letters go p/a the administrator: the debtor's name, the business's contact person, the p/a line and
    # the administrator's address share the window. Before, the problem named contact.address (the debtor's own,
    # which fits) at the representative: line.
    lines = ["Bewindvoering Domstad B.V.", "Afdeling Schulden", "Kamer 12", "Postbus 1234", "3500 AA Utrecht"]
    debtor = valid_debtor(
        type="business",
        contact={"person": "Jan de Vries", "address": ["Dorpsstraat 1", "1234 AB Ergens"]},
        representative={"role": "administrator", "name": "Domstad Bewind", "address": lines},
    )
    root = write_ledger(tmp_path, debtors={"x.yaml": debtor})
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01"]) == 1
    [said, _] = capsys.readouterr().err.splitlines()
    at = f"{debtor_path(root, 'x.yaml')}:{where(debtor, 'representative.address')}: representative.address: "
    assert said.startswith(at + "with the debtor's name and the p/a line above it, the address does not fit")
    assert "(8 lines, at most 7," in said


@pytest.mark.parametrize("tabbed", [1, 2])
def test_a_file_with_a_yaml_error_is_said_to_be_read_only_up_to_it(tmp_path, capsys, tabbed):
    # Six slips in one file took three runs, and "2 problems in the ledger" read as all there were.
    root = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, root)
    for name in ("D-1004.yaml", "D-1005.yaml")[:tabbed]:
        path = root / "debtors" / name
        path.write_text(path.read_text(encoding="utf-8").replace("\n    date:", "\n\tdate:", 1), encoding="utf-8")
    assert main(["check", "-q", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 1
    last = capsys.readouterr().err.splitlines()[-1]
    which = (
        "A file with a YAML error is checked above it, and below it only for slips of the same kind: once it is"
        if tabbed == 1
        else "2 files with a YAML error are checked above their error, and below it only for slips of the same kind: "
        "once they are"
    )
    assert last.endswith(
        f"nothing was built or published. {which} mended, run check again for any problems further on."
    )


def test_a_line_wider_than_the_window_is_refused_too(tmp_path, capsys):
    wide = "Bedrijventerrein De Lange Rijn, Unit 14-16, Achteringang Via De Laad- En Loskade"
    debtor = valid_debtor(contact={"address": [wide, "3542 AD Utrecht"]})
    root = write_ledger(tmp_path, debtors={"x.yaml": debtor})
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01"]) == 1
    assert "contact.address: with the name above it, the address does not fit" in capsys.readouterr().err


# -- every problem at once: a problem of one pass hides none of the next ----------------------------


def test_one_run_reports_the_problems_of_loading_reconciling_and_the_rules_of_the_day(tmp_path, capsys):
    root = ledger_with_a_problem_in_every_pass(tmp_path)
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 1
    assert capsys.readouterr().err.splitlines() == every_pass_problems(root)


def test_a_debtor_whose_file_has_a_problem_gets_no_problem_of_a_later_pass(tmp_path, capsys):
    """Its address would not fit the window, but a file with a problem is not checked further;
    another debtor's address is."""
    refused = valid_debtor(id="D-1", type="consumr", contact={"address": EIGHT_LINES})
    sound = valid_debtor(id="D-2", invoices=[{**valid_debtor()["invoices"][0], "number": "F-2"}])
    sound["contact"] = {"address": EIGHT_LINES}
    root = write_ledger(tmp_path, debtors={"D-1.yaml": refused, "D-2.yaml": sound})
    assert main(["check", "--ledger", str(root), "--as-of", "2026-03-01"]) == 1
    found = [line.split(": ")[:2] for line in capsys.readouterr().err.splitlines()[:-1]]
    assert found == [
        [f"{debtor_path(root, 'D-1.yaml')}:{where(refused, 'type')}", "type"],
        [f"{debtor_path(root, 'D-2.yaml')}:{where(sound, 'contact.address')}", "contact.address"],
    ]


def test_a_bank_file_with_a_problem_leaves_the_claims_unchecked_but_not_the_addresses(tmp_path, capsys):
    """D-1014's overpayment is in the damaged file: without it his refund of the credit would look
    larger than the credit, a problem the ledger does not have."""
    root = tmp_path / "ledger"
    shutil.copytree(DEMO_LEDGER, root)
    statement = root / "bank" / "rabobank_camt053_2026-11-02_2026-11-13.xml"
    statement.write_text("not a statement", encoding="utf-8")
    with (root / "debtors" / "D-1014.yaml").open("a", encoding="utf-8") as file:
        file.write(REFUND.replace("50.00", "1.11"))  # the credit he has
    name, line, wide = EDITS[2]  # D-1005's address, too wide for the window
    path = root / "debtors" / name
    path.write_text(path.read_text(encoding="utf-8").replace(line, wide), encoding="utf-8")
    assert main(["check", "--ledger", str(root), "--as-of", AS_OF.isoformat()]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[:2] for line in err] == [
        [f"{statement}:1:1", "is not XML, so no camt.053 statement (one starts with <?xml or <Document)"],
        [f"{path}:11:12", "contact.address"],
        ["2 problems in the ledger; nothing was built or published."],
    ]


# -- a statement missing from bank/ -------------------------------------------------------------


def _ledger_with_a_gap(tmp_path):
    early = [Booking("100.00", date(2026, 11, 3), ref="A1")]
    late = [Booking("40.00", date(2026, 11, 16), ref="B1")]
    root = write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])
    write_bank(
        root,
        {
            "early.xml": camt053(CREDITOR_IBAN, early, per_day=True),
            "late.xml": camt053(CREDITOR_IBAN, late, opening="1250.00", per_day=True),
        },
    )
    return root


GAP_NOTE = (
    "note: bank statements of {iban} are missing from 2026-11-04: {root}/bank/late.xml:8 opens with EUR 1250.00, "
    "but the statement before it ({root}/bank/early.xml:8) closes on 2026-11-03 with EUR 1100.00; payments booked "
    "in between are not counted, and pages say the payments up to 2026-11-03 are processed, and no promise or "
    "instalment due after it is judged missed; put the missing export in bank/"
)


def test_a_gap_between_the_statements_is_noted_by_check_and_build_even_when_quiet(tmp_path, capsys):
    root = _ledger_with_a_gap(tmp_path / "ledger")
    expected = GAP_NOTE.format(iban=CREDITOR_IBAN, root=root)
    assert main(["check", "--ledger", str(root), "--as-of", "2026-11-22", "-q"]) == 0
    assert expected in capsys.readouterr().out.splitlines()
    out, internal = tmp_path / "out", tmp_path / "internal"
    args = ["build", "--ledger", str(root), "--as-of", "2026-11-22", "--output", str(out)]
    args += ["--public-url", "http://localhost:8000"]  # a preview's (else the day's letters are noted as unlinked)
    assert main([*args, "--internal-output", str(internal), "-q"]) == 0
    assert capsys.readouterr().out.splitlines() == [expected]
    page = next(out.glob("s/*/index.html")).read_text()
    assert "tot en met 3 november 2026" in page
    overview = (internal / "index.html").read_text()
    assert "Afschriften ontbreken vanaf 4 november 2026" in overview
    assert "Betalingen verwerkt tot en met 3 november 2026: daarna ontbreken afschriften" in overview
    # ... and at its top: a statement is missing between two read, not only late.
    assert "Na 3 november 2026 ontbreekt een bankafschrift: betalingen van de dagen die het dekt" in overview


# -- a log that others read: --redact ---------------------------------------------------------------

REDACTED_END = " The values written are left out (--redact): incasso check without it, where the ledger is, shows them."


def _ledger_of_personal_mistakes(tmp_path):
    """Problems whose values are a debtor's name, e-mail address, phone number, postal address and greeting."""
    named = valid_debtor(
        id="D-1",
        name="Jan Jansen",
        contact={
            "email": "Jan Jansen <jan.jansen@example.nl>",
            "phone": "(030) 204 18 60",
            "address": ["Dorpsstraat 1", "1234 AB Ergens"],
            "salutation": "Beste Jan",
        },
    )
    far = valid_debtor(id="D-2", name="Lotte Peeters", contact={"address": ["Meir 50", *EIGHT_LINES]})
    far["invoices"][0]["number"] = "F-2"
    slip = to_yaml(valid_debtor(id="D-3", name="Piet Pieters")).replace('name: "Piet Pieters"', "name:Piet Pieters")
    return named, far, write_ledger(tmp_path, debtors={"k-0001-jansen.yaml": named, "D-2.yaml": far, "D-3.yaml": slip})


def test_redact_prints_every_problem_without_what_the_ledger_says(tmp_path, capsys):
    """`--redact` is for a log others read (CI): file, line, column, field and rule; no value written."""
    named, far, root = _ledger_of_personal_mistakes(tmp_path)
    jansen, debtors = debtor_path(root, "k-0001-jansen.yaml"), root / "debtors"
    expected = [
        f"{debtors / 'D-2.yaml'}:{where(far, 'contact.address')}: contact.address: with the name above it, the address does not fit the "
        "envelope's window, even in 7 pt type (9 lines, at most 7, each at most the window's width): shorten the "
        "lines or write fewer",
        f"{debtors / 'D-3.yaml'}:2:1: name: is not valid YAML: a field needs a space after its colon",
        f"{jansen}:{where(named, 'contact.email')}: contact.email: must be an email address like naam@voorbeeld.nl: a "
        "display name and angle brackets around the email address are not permitted here",
        f"{jansen}:{where(named, 'contact.phone')}: contact.phone: must be a phone number: an optional leading '+', a "
        "digit, then digits, spaces, '(', ')', '.', '/' or '-', at least 5 digits in all",
        f'{jansen}:{where(named, "contact.salutation")}: contact.salutation: write only whom to greet ("mevrouw Jansen", '
        '"Ms Kelly"): the letters add "Geachte" or "Dear" and the comma',
        "5 problems in the ledger; nothing was built or published. A file with a YAML error is checked above it, and "
        "below it only for slips of the same kind: once it is mended, run check again for any problems further on."
        + REDACTED_END,
    ]
    check = ["check", "--ledger", str(root), "--as-of", "2026-03-01"]
    assert main(check) == 1
    plain = capsys.readouterr().err
    for words in ("Jan Jansen", "jan.jansen@example.nl", "204 18 60", "Beste Jan", "Meir 50", "Piet Pieters"):
        assert words in plain  # without --redact: what was written, to mend it by
    assert main([*check, "--redact"]) == 1
    assert capsys.readouterr().err.splitlines() == expected
    # The nightly build reports them as the check does.
    build = ["build", "--ledger", str(root), "--as-of", "2026-03-01", "--output", str(tmp_path / "out")]
    assert main([*build, "--internal-output", str(tmp_path / "internal"), "--redact", "-q"]) == 1
    assert capsys.readouterr().err.splitlines() == expected
    # And so does the audit, which reads the ledger to check the pages against it.
    (tmp_path / "site").mkdir()
    audit = ["audit", str(tmp_path / "site"), "--ledger", str(root), "--as-of", "2026-03-01", "--demo"]
    assert main([*audit, "--redact"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        *expected[1:-1],  # (the envelope's window is the check's and the build's rule, not the audit's)
        "the ledger has problems: the audit cannot check the pages against it." + REDACTED_END,
    ]


def test_redact_says_values_were_left_out_only_when_one_was(tmp_path, capsys):
    """A missing ledger folder has no value written: "left out (--redact)" would send the reader looking."""
    gone = tmp_path / "no-ledger"
    assert main(["check", "--ledger", str(gone), "--redact"]) == 1
    err = capsys.readouterr().err
    assert "1 problem in the ledger; nothing was built or published." in err
    assert "(--redact)" not in err
    (tmp_path / "site").mkdir()
    assert main(["audit", str(tmp_path / "site"), "--ledger", str(gone), "--demo", "--redact"]) == 1
    err = capsys.readouterr().err
    assert err.endswith("the ledger has problems: the audit cannot check the pages against it\n")


def test_check_finds_a_text_the_build_would_refuse_with_the_ledger_s_problems_too(tmp_path, capsys):
    # A text edited in the morning ({naam} for {pay_by}) was found only by the nightly build, which then
    # published nothing: check reads the site's texts as the build does, beside the ledger.
    from tests.support.site import REPO

    content = shutil.copytree(REPO / "content", tmp_path / "content")
    promise = content / "messages" / "nl" / "promise.md"
    promise.write_text(promise.read_text(encoding="utf-8") + "\nTot {naam}.\n\nDag {naam}.\n", encoding="utf-8")
    letter = content / "letters" / "en" / "reminder.md"
    letter.write_text(letter.read_text(encoding="utf-8") + "\n{amount_due}\n", encoding="utf-8")
    settings = tmp_path / "pelicanconf.py"
    settings.write_text(f'from pelican.plugins.incasso.pelicanconf import *\n\nPATH = "{content}"\n')
    args = ["check", "-q", "--as-of", AS_OF.isoformat(), "--settings", str(settings)]
    assert main([*args, "--ledger", str(DEMO_LEDGER)]) == 1
    said = capsys.readouterr().err
    assert said.count(f"{promise}: {{naam}} is not a value a page fills in") == 1  # said once, as the ledger's
    assert f"{letter}" in said and "{amount_due}" in said
    assert "2 problems in the texts (content/): a build would publish nothing." in said
    # With the ledger's own problems, all at once.
    broken = shutil.copytree(DEMO_LEDGER, tmp_path / "ledger")
    (broken / "debtors" / "D-1001.yaml").write_text("id: [\n", encoding="utf-8")
    assert main([*args, "--ledger", str(broken)]) == 1
    said = capsys.readouterr().err
    assert "{naam}" in said and "1 problem in the ledger" in said
    # Settings that cannot be read: one line, not a traceback.
    missing = tmp_path / "nope.py"
    assert main(["check", "-q", "--ledger", str(DEMO_LEDGER), "--settings", str(missing)]) == 1
    said = capsys.readouterr().err
    assert f"{missing}: the settings cannot be read (FileNotFoundError" in said and "Traceback" not in said
    # The shipped texts are sound.
    assert main(["check", "-q", "--as-of", AS_OF.isoformat(), "--ledger", str(DEMO_LEDGER)]) == 0


def test_a_ledger_given_as_the_current_folder_is_named_by_its_path(tmp_path, capsys, monkeypatch):
    """`incasso check --ledger .` printed ".: valid." (review s35): the line names the folder checked."""
    shutil.copytree(DEMO_LEDGER, tmp_path / "books")
    monkeypatch.chdir(tmp_path / "books")
    assert main(["check", "--ledger", ".", "--as-of", AS_OF.isoformat()]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{tmp_path / 'books'}: valid. ")


def test_a_final_notice_that_asked_for_a_payment_assigned_after_it_is_said_to_staff(tmp_path, capsys):
    # A user's ledger: D-0005 paid EUR 400.00 on 27 November with a mistyped reference; the final notice of
    # 1 December, written without it, asked EUR 644.49 and stated EUR 96.00 in costs. The credit is assigned
    # afterwards: the notice asked more than was owed on its day, and the debtor should hear so.
    root = shutil.copytree(Path(__file__).parents[1] / "fixtures" / "bank" / "wrong-check-digits", tmp_path / "l")
    d5 = root / "debtors" / "D-0005.yaml"
    text = d5.read_text(encoding="utf-8").replace(
        "events:", 'payments:\n  - date: 2026-11-27\n    amount: 400.00\n    bank_ref: "2611300004"\nevents:'
    )
    d5.write_text(text + "  - date: 2026-12-01\n    type: final_notice\n    channel: letter\n    costs: 96.00\n")
    assert main(["check", "--ledger", str(root), "--as-of", "2026-12-04"]) == 0
    [said] = [line for line in capsys.readouterr().out.splitlines() if "D-0005" in line]
    assert said == (
        f"note: {d5}:35:5: the final notice of 2026-12-01 records costs: 96.00, more than the staffel gives over "
        "what was open on its day (244.21 of principal: 40.00): a payment dated before it was recorded after its "
        "letter went (one without its reference, say), so the letter asked for money already paid; write to the "
        "debtor that the payment came in, and what is still open; no more than 40.00 in costs are charged"
    )


def test_a_running_settlement_is_counted_whole_and_what_is_left_of_its_agreed_sum_said(capsys):
    """The demo's D-1017 (a settlement of EUR 1200.00 in four instalments, one paid) counts in its stage with its whole
    claim, as the staff overview's stages do; below the total, how much of it is under a settlement and what is still to
    pay of the agreed sum (docs/cli.md's sample)."""
    assert main(["check", "--ledger", str(DEMO_LEDGER), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out.splitlines()
    total = next(i for i, line in enumerate(out) if line.startswith("  total "))
    assert out[total + 1] == (
        "  in settlement   1 claim   EUR      3021.00  (in the total above; EUR 900.00 of the agreed sum still to pay)"
    )
    docs = (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    assert out[total + 1] in docs.splitlines()


# -- s61: a payment the last build counted as taken back counts again: check says it too, given that build's output --


@pytest.mark.slow
def test_check_given_the_last_build_s_output_says_a_taken_back_payment_counts_again(tmp_path, capsys):
    """s60: only the build said it, the night it happened; a check (the nightly job's, before the build, or a clerk's
    after archiving a statement) said nothing, since it did not read the last build's claims.json. Now, given that
    output (--internal-output), it says the build's note, ids only; the build says the same."""
    from tests.bank.test_archived_returns import books, kept

    books(tmp_path, [kept()])
    root, internal = tmp_path / "ledger", tmp_path / "internal"
    common = ["--ledger", str(root), "--internal-output", str(internal), "-q"]
    built = ["build", *common, "--output", str(tmp_path / "out"), "--public-url", "http://localhost:8000"]
    assert main([*built, "--as-of", AS_OF.isoformat()]) == 0
    check = ["check", *common, "--as-of", "2026-11-23"]
    capsys.readouterr()
    assert main(check) == 0
    assert "counts again" not in capsys.readouterr().out  # the return still read: nothing to say
    (root / "bank" / "nov.xml").unlink()
    assert main(check) == 0  # a note, not a problem
    checked = capsys.readouterr().out
    said = (
        "note: 1 payment the last build counted as taken back by the bank counts again (D-1): the statement holding "
        "its return is no longer in bank/ (a return counts only while its statement is read); if the bank did take "
        "the money back, write the day it did in that payment in the debtor file (returned: YYYY-MM-DD, with "
        "return_ref: the return's bank entry) and it counts no more; "
    )
    assert f"{said}the next build lists them in changes.md\n" in checked
    assert "Bakkerij" not in checked and "150.00" not in checked  # ids only, as the build's
    assert main(["check", "--ledger", str(root), "--as-of", "2026-11-23", "-q"]) == 0
    assert "counts again" not in capsys.readouterr().out  # without the output, nothing to compare with
    assert main([*built, "--as-of", "2026-11-23"]) == 0
    assert f"{said}changes.md lists them\n" in capsys.readouterr().out


@pytest.mark.slow
def test_check_after_the_demo_s_build_says_nothing_counts_again_as_the_build_compares_nothing(
    tmp_path, capsys, monkeypatch
):
    """The real build after the demo's starts as a first build (its records are of other dossiers): no change list,
    no note. The check given the demo's output says none either."""
    from tests.bank.test_archived_returns import books, kept

    monkeypatch.delenv("INCASSO_SECRET", raising=False)

    books(tmp_path, [kept()])
    root, internal = tmp_path / "ledger", tmp_path / "internal"
    common = ["--ledger", str(root), "--internal-output", str(internal), "-q"]
    built = ["build", *common, "--output", str(tmp_path / "out"), "--public-url", "http://localhost:8000"]
    assert main([*built, "--as-of", AS_OF.isoformat()]) == 0  # no INCASSO_SECRET: the demo's
    (root / "bank" / "nov.xml").unlink()
    capsys.readouterr()
    assert main(["check", *common, "--as-of", "2026-11-23"]) == 0
    assert "counts again" in capsys.readouterr().out  # as the demo's next build would say
    monkeypatch.setenv("INCASSO_SECRET", "a-real-secret-of-forty-characters-or-more-0123456789")
    assert main(["check", *common, "--as-of", "2026-11-23"]) == 0
    assert "counts again" not in capsys.readouterr().out


@pytest.mark.slow
def test_check_finds_a_payment_counting_again_in_a_dossier_whose_id_was_edited_the_same_night(tmp_path, capsys):
    """s61's check compared each dossier under its id tonight only: D-1's id edited to D-1B the night its return's
    statement was archived, the check said nothing, and the build (which knows the same dossier by its invoice and
    name, changes.md's "Id gewijzigd") said the payment counts again. The check now pairs the dossiers as the build
    does, and says what it says."""
    from tests.bank.test_archived_returns import books, kept

    books(tmp_path, [kept()])
    root, internal = tmp_path / "ledger", tmp_path / "internal"
    common = ["--ledger", str(root), "--internal-output", str(internal), "-q"]
    built = ["build", *common, "--output", str(tmp_path / "out"), "--public-url", "http://localhost:8000"]
    assert main([*built, "--as-of", AS_OF.isoformat()]) == 0
    (root / "bank" / "nov.xml").unlink()
    path = root / "debtors" / "D-1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('id: "D-1"\n', 'id: "D-1B"\n', 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", *common, "--as-of", "2026-11-23"]) == 0
    said = "note: 1 payment the last build counted as taken back by the bank counts again (D-1B): "
    checked = capsys.readouterr().out
    assert said in checked and checked.count("counts again") == 1
    assert main([*built, "--as-of", "2026-11-23"]) == 0
    assert said in capsys.readouterr().out
    assert "D-1 → D-1B" in (internal / "changes.md").read_text(encoding="utf-8")
