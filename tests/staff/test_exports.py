"""links.csv for a mail merge: the postal address a line per column, nothing dropped."""

from incasso.staff.exports import LINK_COLUMNS, address_columns


def test_the_address_a_line_per_column():
    assert address_columns(["Dorpsstraat 1", "1234 AB Ergens"]) == {
        "address_1": "Dorpsstraat 1",
        "address_2": "1234 AB Ergens",
        "address_3": "",
        "address_4": "",
    }


def test_a_longer_address_keeps_its_extra_lines_in_the_last_column():
    lines = ["Afdeling Inkoop", "Postbus 12", "1234 AB Ergens", "Nederland", "(via de zijingang)"]
    assert address_columns(lines)["address_4"] == "Nederland, (via de zijingang)"
    assert list(address_columns(lines)) == [c for c in LINK_COLUMNS if c.startswith("address_")]


def test_the_columns_users_already_merge_on_stay_first():
    assert LINK_COLUMNS[:10] == (
        "id",
        "name",
        "email",
        "language",
        "stage",
        "status",
        "total_due",
        "amount_due_now",
        "amount_to_pay",
        "url",
    )
