"""A build's secret and public address: a placeholder secret is a demo, a script address is refused."""

import pytest

from incasso.cli.main import main
from pelican.plugins.incasso.settings import BuildRefused, prepare
from tests.support.ledgers import valid_creditor, valid_debtor, write_ledger
from tests.support.site import AS_OF, build_site

FIT = "u0-Rn4YyE7kKxZ2vJqP8sWcLbT1mGdHf3aNeQoV9iXw"


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
    site = build_site(tmp_path / "site", ledger=ledger, as_of=AS_OF, extra=["--public-url", url])
    assert site.exit_code == 0
    assert url.rstrip("/") + "/s/" in (site.internal / "links.csv").read_text(encoding="utf-8")


def test_the_plugin_refuses_a_public_url_setting_that_is_no_https_address(ledger):
    with pytest.raises(BuildRefused, match=r"PUBLIC_URL must start with https:// \(http:// only for localhost\)"):
        prepare({"INCASSO": {"LEDGER": str(ledger), "AS_OF": "2026-03-01", "PUBLIC_URL": "javascript:alert(1)"}})
