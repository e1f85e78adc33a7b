import contextlib
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iso11649
from stdnum.iso7064 import mod_97_10

from incasso.payments.reference import (
    betalingskenmerk,
    format_iban,
    format_rf,
    is_valid_betalingskenmerk,
    is_valid_rf,
    rf_reference,
)

ASCII_ALNUM = string.ascii_letters + string.digits
SEPARATORS = " -/._#"

# Ids with 1..21 letters or digits, mixed with separators that get dropped.
dossier_ids = st.text(alphabet=ASCII_ALNUM + SEPARATORS, max_size=40).filter(
    lambda s: 1 <= sum(c in ASCII_ALNUM for c in s) <= 21
)


# ISO 11649 creditor reference


def test_domain_example_validates():
    assert is_valid_rf("RF18539007547034")
    assert is_valid_rf("RF18 5390 0754 7034")
    assert format_rf("RF18539007547034") == "RF18 5390 0754 7034"


def test_compatibility_digits_compact_to_ascii():
    # stdnum folds fullwidth digits to ASCII, so the display is plain ASCII.
    assert format_rf("RF18５３９００７５４７０３４") == "RF18 5390 0754 7034"


def test_derived_from_the_domain_example_body():
    assert rf_reference("539007547034") == "RF18539007547034"


@pytest.mark.parametrize(
    "dossier_id, expected",
    [
        ("D-1001", "RF82D1001"),
        ("d 1001", "RF82D1001"),
        ("D1001", "RF82D1001"),
        ("2024/0042", "RF8920240042"),
    ],
)
def test_rf_reference_examples(dossier_id, expected):
    assert rf_reference(dossier_id) == expected
    assert iso11649.validate(expected) == expected


def test_documented_collisions():
    # Only ASCII letters and digits count, case-folded: these ids share a
    # reference, so dossier ids must differ in their letters or digits.
    assert rf_reference("D-1001") == rf_reference("d1001") == rf_reference("D 10.01")
    assert rf_reference("Dé-1001") == rf_reference("D1001")


@given(dossier_ids)
def test_any_id_gives_a_valid_stable_reference(dossier_id):
    reference = rf_reference(dossier_id)
    assert iso11649.validate(reference) == reference
    assert is_valid_rf(reference)
    assert reference == rf_reference(dossier_id)
    assert len(reference) <= 25
    assert reference[4:] == "".join(c for c in dossier_id if c in ASCII_ALNUM).upper()
    # The check digits as stdnum works them out ("RF" and they behind the body).
    assert reference[2:4] == mod_97_10.calc_check_digits(reference[4:] + "RF")


@given(dossier_ids)
def test_format_rf_groups_by_four(dossier_id):
    reference = rf_reference(dossier_id)
    formatted = format_rf(reference)
    assert formatted.replace(" ", "") == reference
    assert all(len(group) == 4 for group in formatted.split(" ")[:-1])
    # A reference made here is grouped without stdnum, as stdnum groups it.
    assert formatted == iso11649.format(reference)


@pytest.mark.parametrize(
    "dossier_id, got",
    [
        ("", "'', which has 0"),
        ("--/ ", "'--/ ', which has 0"),
        ("é", "'é', which has 0"),
        ("A" * 22, f"'{'A' * 22}', which has 22"),
    ],
)
def test_rf_reference_refuses_ids_without_usable_length(dossier_id, got):
    with pytest.raises(ValueError) as error:
        rf_reference(dossier_id)
    assert str(error.value) == (
        f"dossier_id: must contain 1 to 21 ASCII letters or digits to form an ISO 11649 reference (got {got})"
    )


def test_rf_reference_refuses_non_text():
    with pytest.raises(TypeError, match=r"dossier_id: must be a str \(got int\)"):
        rf_reference(1001)


@pytest.mark.parametrize(
    "ref",
    [
        "RF17539007547034",  # wrong check digits
        "RF18539007547035",  # wrong body
        "RF18",  # no body
        "XX18539007547034",
        "RF18" + "1" * 22,  # body too long
        "RF18٥٣٩٠٠٧٥٤٧٠٣٤",  # Arabic-Indic digits: stdnum accepts them, banks do not
        "",
        None,
    ],
)
def test_invalid_references(ref):
    assert not is_valid_rf(ref)
    with pytest.raises(ValueError) as error:
        format_rf(ref)
    assert str(error.value) == (
        f"reference: must be an ISO 11649 creditor reference with valid check digits (got {ref!r})"
    )


# Dutch betalingskenmerk


def test_betalingskenmerk_domain_example():
    assert betalingskenmerk("000056789012345") == "5000056789012345"
    assert is_valid_betalingskenmerk("5000056789012345")
    assert is_valid_betalingskenmerk("5000 0567 8901 2345")


@pytest.mark.parametrize(
    "number15, expected",
    [
        # The rightmost digit weighs 2: the weighted sum is 2 * that digit.
        ("000000000000001", "9000000000000001"),  # sum 2: 11 - 2 = 9
        ("000000000000000", "0000000000000000"),  # sum 0: 11 - 0 = 11 -> 0
        ("000000000000006", "1000000000000006"),  # sum 12: 11 - 1 = 10 -> 1
        ("000000000000005", "1000000000000005"),  # sum 10: 11 - 10 = 1
    ],
)
def test_betalingskenmerk_check_digit_edges(number15, expected):
    assert betalingskenmerk(number15) == expected


@given(st.text(alphabet=string.digits, min_size=15, max_size=15))
def test_betalingskenmerk_round_trip(number15):
    kenmerk = betalingskenmerk(number15)
    assert len(kenmerk) == 16 and kenmerk[1:] == number15
    assert is_valid_betalingskenmerk(kenmerk)


@given(st.text(alphabet=string.digits, min_size=15, max_size=15), st.integers(0, 15), st.integers(1, 9))
def test_betalingskenmerk_catches_one_wrong_digit(number15, position, delta):
    kenmerk = betalingskenmerk(number15)
    changed = str((int(kenmerk[position]) + delta) % 10)
    typo = kenmerk[:position] + changed + kenmerk[position + 1 :]
    # mod 11 with weights coprime to 11 catches every single-digit error,
    # except where "10 -> 1" makes remainders 1 and 10 share check digit 1.
    if is_valid_betalingskenmerk(typo):
        assert position > 0 and kenmerk[0] == "1"


@pytest.mark.parametrize("number15", ["", "12345678901234", "1234567890123456", "00005678901234a", "٠" * 15])
def test_betalingskenmerk_refuses_wrong_input(number15):
    with pytest.raises(ValueError) as error:
        betalingskenmerk(number15)
    assert str(error.value) == f"number15: must be exactly 15 digits to form a betalingskenmerk (got {number15!r})"


@pytest.mark.parametrize("kenmerk", ["5000056789012346", "4000056789012345", "500005678901234", "", None, "x" * 16])
def test_invalid_betalingskenmerk(kenmerk):
    assert not is_valid_betalingskenmerk(kenmerk)


# IBAN display


def test_format_iban():
    assert format_iban("NL91ABNA0417164300") == "NL91 ABNA 0417 1643 00"
    assert format_iban("nl91 abna 0417 1643 00") == "NL91 ABNA 0417 1643 00"


def test_format_iban_refuses_bad_checksum():
    with pytest.raises(ValueError) as error:
        format_iban("NL91ABNA0417164301")
    assert str(error.value) == "iban: must be a valid IBAN (got 'NL91ABNA0417164301'): Invalid checksum digits"


# Robustness: junk never raises anything but ValueError (stdnum's habit).


@given(st.text())
def test_junk_raises_only_value_error(junk):
    assert isinstance(is_valid_rf(junk), bool)
    assert isinstance(is_valid_betalingskenmerk(junk), bool)
    for function in (rf_reference, format_rf, betalingskenmerk, format_iban):
        with contextlib.suppress(ValueError):
            function(junk)
