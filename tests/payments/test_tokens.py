"""Which secrets a production build accepts: generated ones, never a placeholder."""

import base64
import secrets

import pytest

from incasso.payments.tokens import (
    DEMO_SECRET,
    TOKEN_PATTERN,
    demo_links_problem,
    secret_problem,
    statement_token,
)

MAKE_ONE = 'make one with: python3 -c "import secrets; print(secrets.token_urlsafe(32))"'


@pytest.mark.parametrize(
    "secret, problem",
    [
        (None, "INCASSO_SECRET is not set: a production build needs the secret its links are derived from"),
        ("", "INCASSO_SECRET is not set: a production build needs the secret its links are derived from"),
        (DEMO_SECRET, "INCASSO_SECRET is the demo secret, or holds it: a production build needs a real one"),
        (DEMO_SECRET + "-2", "INCASSO_SECRET is the demo secret, or holds it: a production build needs a real one"),
        ("too-short-secret", f"INCASSO_SECRET is shorter than 32 characters; {MAKE_ONE}"),
        ("k" * 32, f"INCASSO_SECRET has fewer than 10 different characters; {MAKE_ONE}"),
        ("x" * 200, f"INCASSO_SECRET has fewer than 10 different characters; {MAKE_ONE}"),
        ("passwordpasswordpasswordpassword", f"INCASSO_SECRET has fewer than 10 different characters; {MAKE_ONE}"),
        ("0123456789abcdef" * 2, f"INCASSO_SECRET is one short part repeated; {MAKE_ONE}"),
        ("Geheim!2026-" * 3, f"INCASSO_SECRET is one short part repeated; {MAKE_ONE}"),
    ],
)
def test_unfit_secrets_are_named_without_showing_them(secret, problem):
    assert secret_problem(secret) == problem


@pytest.mark.parametrize(
    "make",
    [
        lambda: secrets.token_urlsafe(32),  # what the README says to run
        lambda: secrets.token_hex(32),  # openssl rand -hex 32
        lambda: base64.b64encode(secrets.token_bytes(32)).decode(),  # openssl rand -base64 32
        lambda: base64.b32encode(secrets.token_bytes(20)).decode(),
    ],
)
def test_generated_secrets_are_fit(make):
    for _ in range(200):
        assert secret_problem(make()) is None


@pytest.mark.parametrize(
    "secret, unfit, guessed",
    [
        (None, "INCASSO_SECRET is not set", "from the published demo secret"),
        ("", "INCASSO_SECRET is not set", "from the published demo secret"),
        (DEMO_SECRET, "INCASSO_SECRET is the demo secret, or holds it", "from the published demo secret"),
        ("too-short-secret", "INCASSO_SECRET is shorter than 32 characters", "from a secret so easily guessed"),
        ("k" * 32, "INCASSO_SECRET has fewer than 10 different characters", "from a secret so easily guessed"),
    ],
)
def test_a_public_address_with_a_secret_unfit_for_production_is_refused_and_says_what_to_do(secret, unfit, guessed):
    problem = demo_links_problem(secret, "https://betalen.example.nl", "leave out --public-url")
    assert problem == (
        f"{unfit}, yet the build was given a public address (https://betalen.example.nl): its letters and "
        f"links.csv would send debtors to demo pages that say not to pay, at links anyone can work out {guessed}. "
        f"Set INCASSO_SECRET to a secret of your own ({MAKE_ONE}; keep a copy: another secret gives every debtor "
        "another link), or build a demo without a public address (leave out --public-url)"
    )
    assert not secret or secret not in problem


@pytest.mark.parametrize("url", ["", None, "http://localhost:8000", "http://127.0.0.1:8000/", "http://[::1]/x/"])
def test_a_demo_without_a_public_address_or_with_a_preview_on_this_machine_is_no_problem(url):
    assert demo_links_problem(None, url, "leave out --public-url") is None


def test_a_public_address_with_a_fit_secret_is_no_problem():
    assert demo_links_problem(secrets.token_urlsafe(32), "https://betalen.example.nl", "") is None


# -- one debtor's new link ---------------------------------------------------------------------------

REAL = "x" * 10 + "0123456789abcdefghijklmnop"


def test_a_debtors_first_link_is_the_one_every_build_made_so_far():
    # Pinned: links already sent must keep working after link_version came in.
    assert statement_token(REAL, "D-1003") == "fbqm2sau2qz5j3cew3o5m5ekweeramtb"
    assert statement_token(REAL, "D-1003", link_version=1) == statement_token(REAL, "D-1003")


def test_a_later_link_version_gives_that_debtor_alone_a_new_link_of_the_same_strength():
    first, second, third = (statement_token(REAL, "D-1003", link_version=v) for v in (1, 2, 3))
    assert len({first, second, third}) == 3
    assert all(TOKEN_PATTERN.fullmatch(token) for token in (second, third))
    assert statement_token(REAL, "D-1004", link_version=2) not in (first, second, third)
    assert statement_token(REAL, "D-1003", link_version=2) == second  # stable across builds too
