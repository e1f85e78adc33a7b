"""The mask is chosen as Zint chooses it: compared with Zint's own choice for every version and level."""

import random
from decimal import Decimal

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from incasso.payments.epc import epc_payload, payment_link, qr_code
from incasso.payments.qr_mask import best_mask, data_modules, format_information, remasked

LEVELS = "LMQH"
_DARK = bytes.maketrans(b"\x00\xff", b"\x01\x00")

# ISO/IEC 18004:2015 Table C.1 (Annex C): the format information, by level and mask.
FORMAT_INFORMATION = {
    "M": (0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0),
    "L": (0x77C4, 0x72F3, 0x7DAA, 0x789D, 0x662F, 0x6318, 0x6C41, 0x6976),
    "H": (0x1689, 0x13BE, 0x1CE7, 0x19D0, 0x0762, 0x0255, 0x0D0C, 0x083B),
    "Q": (0x355F, 0x3068, 0x3F31, 0x3A06, 0x24B4, 0x2183, 0x2EDA, 0x2BED),
}
# Table 1: how many modules hold data and error correction (codewords times 8, and the
# remainder bits), a check on the function patterns left out.
DATA_MODULES = {1: 208, 2: 359, 6: 1383, 7: 1568, 13: 4256, 14: 4651, 21: 9252, 32: 19723, 40: 29648}


def zint_modules(content: bytes, level: str, mask: int | None = None) -> bytes:
    """Zint's code, row after row, 1 for dark: with the mask given, or chosen by Zint."""
    given_mask = {} if mask is None else {"data_mask": mask}
    code = zxingcpp.create_barcode(content, zxingcpp.BarcodeFormat.QRCode, ec_level=level, **given_mask)
    return bytes(code.to_image(scale=1, add_quiet_zones=False)).translate(_DARK)


def zint_choice(content: bytes, level: str) -> int:
    """The mask Zint chose: the one of the eight whose code is the code Zint made by itself."""
    chosen = zint_modules(content, level)
    return next(mask for mask in range(8) if zint_modules(content, level, mask) == chosen)


def payloads_of_every_version(seed: int) -> list[tuple[bytes, str]]:
    """Random bytes for each level, from a byte to what version 40 holds (2,953 at L), 3 % longer
    each time: every version met."""
    rng = random.Random(seed)
    lengths = sorted({int(1.03**step) for step in range(272)})
    return [(bytes(rng.randrange(256) for _ in range(length)), level) for level in LEVELS for length in lengths]


def version_of(modules: bytes) -> int:
    return (round(len(modules) ** 0.5) - 17) // 4


@pytest.mark.slow  # all 40 versions at all 4 levels
def test_the_mask_is_zints_for_every_version_and_level():
    versions: dict[str, set[int]] = {level: set() for level in LEVELS}
    chosen, disagreements = set(), []
    for content, level in payloads_of_every_version(seed=13):
        try:
            first = zint_modules(content, level, mask=0)
        except ValueError:  # more than version 40 holds at this level
            continue
        versions[level].add(version_of(first))
        zints = zint_choice(content, level)
        chosen.add(zints)
        if best_mask(first, level) != zints:
            disagreements.append((level, version_of(first), content))
    assert disagreements == []
    assert all(found == set(range(1, 41)) for found in versions.values()), versions
    assert chosen == set(range(8))  # every mask was somebody's best


@settings(max_examples=150, deadline=None)
@given(
    cents=st.integers(min_value=1, max_value=99_999_999_999),
    name=st.text(st.characters(codec="utf-8", categories=["L", "N", "Zs"]), min_size=1, max_size=40),
)
def test_a_statements_codes_are_the_codes_zint_makes(cents, name):
    """The build's two codes a page, EPC payload and payment link: the same modules as before."""
    amount = Decimal(cents) / 100
    payload = epc_payload(
        name=name.strip() or "X", iban="NL91ABNA0417164300", amount=amount, reference="RF18539007547034"
    )
    link = payment_link(
        "https://betalen.example.nl/{reference}?bedrag={amount}", reference="RF18539007547034", amount=amount
    )
    for data in (payload, link):
        assert b"".join(qr_code(data).rows) == zint_modules(data.encode("utf-8"), "M")


@pytest.mark.parametrize("level", LEVELS)
def test_format_information_is_the_standards_table(level):
    assert tuple(format_information(level, mask) for mask in range(8)) == FORMAT_INFORMATION[level]


@pytest.mark.parametrize(("version", "modules"), DATA_MODULES.items())
def test_the_data_modules_are_as_many_as_the_standard_counts(version, modules):
    assert len(data_modules(17 + 4 * version)) == modules


@pytest.mark.slow  # all 40 versions, 4 levels, 8 masks
def test_remasked_is_the_code_zint_draws_with_that_mask_for_every_version_level_and_mask():
    """Two payloads of each version and level (different data), each with all eight masks."""
    met: dict[tuple[str, int], int] = {}
    for content, level in payloads_of_every_version(seed=29):
        try:
            first = zint_modules(content, level, mask=0)
        except ValueError:  # more than version 40 holds at this level
            continue
        if met.setdefault((level, version_of(first)), 0) == 2:
            continue
        met[level, version_of(first)] += 1
        for mask in range(8):
            assert remasked(first, level, mask) == zint_modules(content, level, mask), (level, mask, content)
    assert sorted(met) == [(level, version) for level in sorted(LEVELS) for version in range(1, 41)]


def test_qr_code_draws_zints_code_at_every_level_whichever_mask_is_best():
    """Mask 0 best keeps the first drawing; any other is put on it: either way Zint's own code."""
    rng = random.Random(7)
    masks = set()
    for level in LEVELS:
        for length in range(1, 400, 9):
            text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789 -/?=") for _ in range(length))
            assert b"".join(qr_code(text, level).rows) == zint_modules(text.encode("utf-8"), level)
            masks.add(zint_choice(text.encode("utf-8"), level))
    assert 0 in masks and len(masks) > 1
