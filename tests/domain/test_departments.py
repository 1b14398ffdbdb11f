"""Départements from postcodes, and département numbers as the académies list them."""

import pytest

from cyclades_desktop.domain import departments
from cyclades_desktop.errors import ValidationError


@pytest.mark.parametrize(
    "postcode, expected",
    [
        ("44000", "44"),
        (" 49100 ", "49"),
        ("01000", "01"),
        ("97400", "974"),
        ("97133", "971"),
        ("20000", "2A"),
        ("20190", "2A"),
        ("20200", "2B"),
        ("20600", "2B"),
        ("", None),
        (None, None),
        ("BT1 1AA", None),
    ],
)
def test_a_postcode_says_its_departement_corsica_and_overseas_included(postcode, expected):
    assert departments.of_postcode(postcode) == expected


def test_a_departement_number_is_written_as_the_lists_write_it():
    assert departments.clean(" 2a ", "department") == "2A"
    assert departments.clean("974", "department") == "974"
    for bad in ("4", "4400", "2C", "XX"):
        with pytest.raises(ValidationError, match="n'est pas un numéro de département") as err:
            departments.clean(bad, "department")
        assert err.value.field == "department"
