"""A build's secret and public address: a placeholder secret is a demo, a script address is refused."""

from pathlib import Path

import pytest

from incasso.cli.main import main
from incasso.payments.tokens import DEMO_SECRET, MAKE_ONE
from pelican.plugins.incasso.settings import BuildRefused, prepare
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger
from tests.support.letters import AS_OF as LETTERS_AS_OF
from tests.support.letters import LETTERS_LEDGER
from tests.support.site import AS_OF, build_site, settings_with

FIT = "u0-Rn4YyE7kKxZ2vJqP8sWcLbT1mGdHf3aNeQoV9iXw"
URL = "https://betalen.example.nl"
UNFIT = {"unset": None, "demo": DEMO_SECRET, "short": "too-short-secret", "placeholder": "k" * 32}


@pytest.fixture
def ledger(tmp_path):
    return write_ledger(tmp_path, creditor=valid_creditor(interest="none"), debtors=[valid_debtor()])


def banners(site) -> list[bool]:
    pages = sorted((site.output / "s").glob("*/index.html"))
    assert pages
    return ['class="demo-banner"' in page.read_text(encoding="utf-8") for page in pages]


def test_production_refuses_a_secret_of_32_identical_characters(tmp_path, ledger, capsys):
    site = build_site(tmp_path / "site", ledger=ledger, extra=["--production"], secret="k" * 32)
    assert site.exit_code == 1
    err = capsys.readouterr().err
    assert "refused: INCASSO_SECRET has fewer than 10 different characters" in err
    assert "k" * 32 not in err
    assert not site.output.exists()


@pytest.mark.parametrize("secret, demo", [(None, True), ("too-short-secret", True), ("k" * 32, True), (FIT, False)])
def test_a_build_with_a_secret_unfit_for_production_says_on_every_page_it_is_a_demo(tmp_path, ledger, secret, demo):
    site = build_site(tmp_path / "site", ledger=ledger, secret=secret)
    assert site.exit_code == 0
    assert set(banners(site)) == {demo}


@pytest.mark.parametrize(
    "url, problem",
    [
        ("javascript:alert(1)", "must start with https:// (http:// only for localhost)"),
        ("data:text/html,<b>x</b>", "must start with https:// (http:// only for localhost)"),
        ("http://betalen.example.nl", "must start with https:// (http:// only for localhost)"),
        ("https://", "must name a host, like https://betalen.voorbeeld.nl"),
        ("https://betalen.example.nl/?utm=1", "must be the site's address without ?query or #fragment"),
    ],
)
def test_a_public_url_that_is_no_https_address_is_refused(tmp_path, ledger, capsys, url, problem):
    args = ["build", "--ledger", str(ledger), "--output", str(tmp_path / "o"), "--internal-output", str(tmp_path / "i")]
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--public-url", url])
    assert exit_.value.code == 2
    assert f"argument --public-url: the public site's address {problem}" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_the_public_url_from_the_environment_is_checked_alike(tmp_path, ledger, capsys, monkeypatch):
    monkeypatch.setenv("INCASSO_PUBLIC_URL", "javascript:alert(1)")
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--ledger", str(ledger), "--output", str(tmp_path / "o")])
    assert exit_.value.code == 2
    assert "the public site's address must start with https://" in capsys.readouterr().err


@pytest.mark.parametrize("url", ["https://betalen.example.nl", "https://example.nl/betalen/", "http://localhost:8000"])
def test_https_addresses_and_a_local_preview_are_accepted(tmp_path, ledger, url):
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF, extra=["--public-url", url], secret=FIT)
    assert site.exit_code == 0
    assert url.rstrip("/") + "/s/" in (site.internal / "links.csv").read_text(encoding="utf-8")


def test_the_plugin_refuses_a_public_url_setting_that_is_no_https_address(ledger):
    with pytest.raises(BuildRefused, match=r"PUBLIC_URL must start with https:// \(http:// only for localhost\)"):
        prepare({"INCASSO": {"LEDGER": str(ledger), "AS_OF": "2026-03-01", "PUBLIC_URL": "javascript:alert(1)"}})


# --- a public address makes the letters sendable: never with a demo's secret -------------------------


def everything(root: Path) -> dict[str, tuple]:
    """Every file and folder under root (the outputs and their lock files): its bytes, mode and time."""
    return {
        str(path.relative_to(root)): (
            path.read_bytes() if path.is_file() else None,
            path.stat().st_mode,
            path.stat().st_mtime_ns,
        )
        for path in sorted(root.rglob("*"))
    }


def refusal(err: str, undo: str) -> str:
    """The one line of a refusal for a public address without a real secret, checked for what it must say."""
    assert err.startswith("refused: INCASSO_SECRET ") and err.count("\n") == 1, err
    assert f"yet the build was given a public address ({URL}): its letters and links.csv would send debtors to " in err
    assert f"Set INCASSO_SECRET to a secret of your own ({MAKE_ONE}; keep a copy" in err
    assert err.endswith(f"or build a demo without a public address ({undo}); nothing was built or published.\n"), err
    return err


@pytest.mark.parametrize("secret", list(UNFIT))
def test_a_build_given_a_public_address_without_a_real_secret_is_refused_before_anything_is_made(
    tmp_path, ledger, capsys, secret
):
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF, extra=["--public-url", URL], secret=UNFIT[secret])
    assert site.exit_code == 1
    refusal(capsys.readouterr().err, "leave out --public-url and unset INCASSO_PUBLIC_URL")
    assert not (tmp_path / "site").exists()  # no output, no lock file, no temporary folder


def test_a_public_address_from_the_environment_without_a_secret_is_refused_alike(tmp_path, ledger, capsys, monkeypatch):
    monkeypatch.setenv("INCASSO_PUBLIC_URL", URL)
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF)
    assert site.exit_code == 1
    refusal(capsys.readouterr().err, "leave out --public-url and unset INCASSO_PUBLIC_URL")
    assert not (tmp_path / "site").exists()


def test_a_public_address_in_the_settings_file_without_a_secret_is_refused_naming_the_file(tmp_path, ledger, capsys):
    settings = settings_with(tmp_path, PUBLIC_URL=URL)
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code == 1
    refusal(capsys.readouterr().err, f"take PUBLIC_URL out of INCASSO in {settings}")
    assert not (tmp_path / "site").exists()


def test_a_production_settings_file_without_a_secret_gets_the_production_refusal(tmp_path, ledger, capsys):
    # PRODUCTION in the settings (publishconf.py) without --production: not told to build a demo instead.
    settings = settings_with(tmp_path, PUBLIC_URL=URL, PRODUCTION=True)
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF, extra=["--settings", str(settings)])
    assert site.exit_code == 1
    err = capsys.readouterr().err
    assert "INCASSO_SECRET is not set: a production build needs the secret its links are derived from" in err
    assert "build a demo" not in err
    assert not (tmp_path / "site" / "output").exists()


@pytest.mark.parametrize("before", ["demo", "real"])
def test_a_refused_build_leaves_the_outputs_of_the_last_build_byte_for_byte(tmp_path, ledger, capsys, before):
    # The last build a demo without an address, or a real one whose cron job has since lost INCASSO_SECRET.
    first = ["--public-url", URL] if before == "real" else []
    done = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF, extra=first, secret=FIT if first else None)
    assert done.exit_code == 0 and (done.internal / "links.csv").is_file()
    left = everything(tmp_path / "site")
    capsys.readouterr()
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF, extra=["--public-url", URL])
    assert site.exit_code == 1
    refusal(capsys.readouterr().err, "leave out --public-url and unset INCASSO_PUBLIC_URL")
    assert everything(tmp_path / "site") == left


def test_a_demo_may_link_its_letters_to_a_preview_on_this_machine(tmp_path, ledger):
    # No debtor can open http://localhost: such a letter sends no one to the demo's pages.
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF, extra=["--public-url", "http://localhost:8000"])
    assert site.exit_code == 0
    assert set(banners(site)) == {True}
    assert "http://localhost:8000/s/" in (site.internal / "links.csv").read_text(encoding="utf-8")


def test_the_plugin_refuses_a_public_url_setting_without_a_real_secret(ledger, monkeypatch):
    # Pelican run by hand (`make serve` with INCASSO_PUBLIC_URL set) reads the address from the settings.
    monkeypatch.delenv("INCASSO_SECRET", raising=False)
    with pytest.raises(BuildRefused, match=r"INCASSO_SECRET is not set, yet the build was given a public address"):
        prepare({"INCASSO": {"LEDGER": str(ledger), "AS_OF": "2026-03-01", "PUBLIC_URL": URL}})


@pytest.mark.parametrize("secret", [None, FIT])
def test_the_note_on_letters_without_a_link_says_a_demo_needs_a_secret_for_one(tmp_path, capsys, secret):
    # "Give it a public address" alone sent a demo's operator to the refusal above.
    site = build_site(tmp_path / "site", ledger=LETTERS_LEDGER, as_of=LETTERS_AS_OF, secret=secret)
    assert site.exit_code == 0
    (note,) = [line for line in capsys.readouterr().out.splitlines() if "without the link" in line]
    advice = "give it with --public-url or INCASSO_PUBLIC_URL"
    if secret is None:
        advice += ", with INCASSO_SECRET set to the site's own secret (a demo's letters are never sent),"
    assert note.endswith(f"the build had no public address; {advice} before sending them")
