"""Gregorian and Hijri (Umm al-Qura) dates as printed on reports."""

from __future__ import annotations

from datetime import date

import pytest

from nrtd_desktop.domain.calendar import (
    HijriOutOfRange,
    format_dual,
    format_gregorian,
    format_hijri,
    hijri_date,
)


@pytest.mark.parametrize(
    ("day", "hijri"),
    [
        (date(2024, 3, 11), (1445, 9, 1)),  # 1 Ramadan 1445 in Saudi Arabia
        (date(2024, 7, 7), (1446, 1, 1)),  # 1 Muharram 1446
        (date(2023, 6, 28), (1444, 12, 10)),  # Eid al-Adha 1444
    ],
)
def test_hijri_dates_follow_umm_al_qura(day: date, hijri: tuple[int, int, int]) -> None:
    assert hijri_date(day) == hijri


def test_gregorian_in_both_languages() -> None:
    assert format_gregorian(date(2026, 11, 29), "en") == "29 November 2026"
    assert format_gregorian(date(2026, 11, 29), "ar") == "29 نوفمبر 2026"


def test_hijri_in_both_languages() -> None:
    assert format_hijri(date(2024, 3, 11), "ar") == "1 رمضان 1445 هـ"
    assert format_hijri(date(2024, 3, 11), "en") == "1 Ramadan 1445 AH"
    assert format_hijri(date(2026, 11, 29), "en").endswith("Jumada al-Akhirah 1448 AH")


def test_dual_dates() -> None:
    assert format_dual(date(2024, 3, 11), "ar") == "1 رمضان 1445 هـ الموافق 11 مارس 2024 م"
    assert format_dual(date(2024, 3, 11), "en") == "11 March 2024 (1 Ramadan 1445 AH)"


@pytest.mark.parametrize("day", [date(1900, 1, 1), date(1924, 7, 31), date(2077, 11, 17), date(9999, 12, 31)])
def test_dates_outside_the_tables_print_gregorian_only(day: date) -> None:
    with pytest.raises(HijriOutOfRange):
        hijri_date(day)
    for lang in ("ar", "en"):
        assert format_hijri(day, lang) == format_gregorian(day, lang)
        assert format_dual(day, lang) == format_gregorian(day, lang)


def test_the_edges_of_the_tables_still_convert() -> None:
    assert hijri_date(date(1924, 8, 1)) == (1343, 1, 1)
    assert hijri_date(date(2077, 11, 16)) == (1500, 12, 30)
