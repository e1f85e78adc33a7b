"""Which secrets a production build accepts: generated ones, never a placeholder."""

import base64
import secrets

import pytest

from incasso.payments.tokens import DEMO_SECRET, secret_problem

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
