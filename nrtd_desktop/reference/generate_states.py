"""Write ``data/states.json``: the UN member States and observer States, named from CLDR.

Run ``python -m nrtd_desktop.reference.generate_states`` after a Babel upgrade. Names are never
typed here: Babel's CLDR data gives the English and Arabic names and the alpha-3 codes; this
script only lists which ISO codes are UN members and the extra spellings (aliases) met in UN and
UPR Info files, so that an imported "Viet Nam" or "Iran (Islamic Republic of)" finds its State.
The program itself reads the JSON and never needs Babel for this.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# The 193 Member States of the United Nations, by ISO 3166-1 alpha-2 code.
UN_MEMBERS = [
    "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY",
    "BE", "BZ", "BJ", "BT", "BO", "BA", "BW", "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA",
    "CF", "TD", "CL", "CN", "CO", "KM", "CG", "CR", "CI", "HR", "CU", "CY", "CZ", "KP", "CD", "DK",
    "DJ", "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "SZ", "ET", "FJ", "FI", "FR", "GA", "GM",
    "GE", "DE", "GH", "GR", "GD", "GT", "GN", "GW", "GY", "HT", "HN", "HU", "IS", "IN", "ID", "IR",
    "IQ", "IE", "IL", "IT", "JM", "JP", "JO", "KZ", "KE", "KI", "KW", "KG", "LA", "LV", "LB", "LS",
    "LR", "LY", "LI", "LT", "LU", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX", "FM",
    "MC", "MN", "ME", "MA", "MZ", "MM", "NA", "NR", "NP", "NL", "NZ", "NI", "NE", "NG", "MK", "NO",
    "OM", "PK", "PW", "PA", "PG", "PY", "PE", "PH", "PL", "PT", "QA", "KR", "MD", "RO", "RU", "RW",
    "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN", "RS", "SC", "SL", "SG", "SK", "SI", "SB", "SO",
    "ZA", "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ", "TH", "TL", "TG", "TO", "TT", "TN",
    "TR", "TM", "TV", "UG", "UA", "AE", "GB", "TZ", "US", "UY", "UZ", "VU", "VE", "VN", "YE", "ZM", "ZW"
]

# Non-member observer States that take part in the UPR as recommending States.
OBSERVERS = ["VA", "PS"]

# CLDR names the territory behind these codes, not the observer State that the UN (and the
# Kingdom) recognises: "Vatican City" / "Palestinian Territories" would be wrong in a report.
# These two are the only names not taken from CLDR.
NAME_OVERRIDES = {
    "VA": ("Holy See", "الكرسي الرسولي"),
    "PS": ("State of Palestine", "دولة فلسطين"),
}

# CLDR also maps withdrawn ISO alpha-3 codes to today's territories (Burma, East Germany, Zaire,
# metropolitan France, East Timor, South Yemen); they are not the codes of today's States.
WITHDRAWN_ALPHA3 = {"BUR", "DDR", "FXX", "TMP", "YMD", "ZAR"}

# Other spellings: UN official short and formal names (English and Arabic, as UN documents and
# the UHRI print them) and the UPR Info database's own spellings.
ALIASES: dict[str, list[str]] = {
    "AE": ["United Arab Emirates", "UAE", "الإمارات", "دولة الإمارات العربية المتحدة"],
    "AG": ["Antigua and Barbuda", "أنتيغوا وبربودا"],
    "BA": ["Bosnia and Herzegovina", "البوسنة والهرسك"],
    "BN": ["Brunei Darussalam", "بروني دار السلام", "بروناي دار السلام"],
    "BO": ["Bolivia (Plurinational State of)", "Plurinational State of Bolivia",
           "دولة بوليفيا المتعددة القوميات", "بوليفيا (دولة - المتعددة القوميات)"],
    "BS": ["The Bahamas", "جزر البهاما"],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
           "Congo (Kinshasa)", "جمهورية الكونغو الديمقراطية"],
    "CG": ["Congo", "Republic of the Congo", "Republic of Congo", "Congo (Brazzaville)", "الكونغو",
           "جمهورية الكونغو"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "كوت ديفوار"],
    "CV": ["Cabo Verde", "Cape Verde", "كابو فيردي"],
    "CZ": ["Czech Republic", "Czechia", "تشيكيا", "الجمهورية التشيكية"],
    "DO": ["Dominican Republic", "الجمهورية الدومينيكية"],
    "EG": ["Egypt", "مصر", "جمهورية مصر العربية"],
    "FM": ["Micronesia (Federated States of)", "Federated States of Micronesia",
           "ميكرونيزيا (ولايات - الموحدة)", "ولايات ميكرونيزيا الموحدة"],
    "GB": ["United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "UK", "Great Britain",
           "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"],
    "GM": ["Gambia", "The Gambia", "Gambia (Republic of The)", "غامبيا"],
    "GW": ["Guinea Bissau", "Guinea-Bissau", "غينيا - بيساو"],
    "IR": ["Iran (Islamic Republic of)", "Islamic Republic of Iran", "Iran", "جمهورية إيران الإسلامية"],
    "KN": ["Saint Kitts and Nevis", "St Kitts & Nevis", "St. Kitts and Nevis", "سانت كيتس ونيفس"],
    "KP": ["Democratic People's Republic of Korea", "DPR Korea", "DPRK", "جمهورية كوريا الشعبية الديمقراطية"],
    "KR": ["Republic of Korea", "Korea, Republic of", "جمهورية كوريا"],
    "LA": ["Lao People's Democratic Republic", "Lao PDR", "Laos", "جمهورية لاو الديمقراطية الشعبية"],
    "LC": ["Saint Lucia", "St Lucia", "St. Lucia", "سانت لوسيا"],
    "MD": ["Republic of Moldova", "Moldova", "Moldova, Republic of", "جمهورية مولدوفا"],
    "MK": ["North Macedonia", "Macedonia FYR", "The former Yugoslav Republic of Macedonia", "FYR Macedonia",
           "Former Yugoslav Republic of Macedonia", "Republic of North Macedonia", "Macedonia",
           "جمهورية مقدونيا الشمالية", "جمهورية مقدونيا اليوغوسلافية السابقة"],
    "MM": ["Myanmar", "Burma", "ميانمار"],
    "NL": ["Netherlands (Kingdom of the)", "Kingdom of the Netherlands", "Netherlands", "The Netherlands",
           "هولندا (مملكة -)", "مملكة هولندا"],
    "PH": ["Philippines", "الفلبين"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory",
           "فلسطين", "دولة فلسطين"],
    "RU": ["Russian Federation", "Russia", "الاتحاد الروسي"],
    "SA": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA", "السعودية", "المملكة العربية السعودية"],
    "ST": ["Sao Tome and Principe", "Sao Tome & Principe", "São Tomé and Príncipe", "سان تومي وبرينسيبي"],
    "SY": ["Syrian Arab Republic", "Syria", "الجمهورية العربية السورية", "سورية"],
    "SZ": ["Eswatini", "Kingdom of Eswatini", "Swaziland", "إسواتيني", "سوازيلند", "مملكة إسواتيني"],
    "TL": ["Timor-Leste", "East Timor", "تيمور - ليشتي", "تيمور-ليشتي"],
    "TR": ["Türkiye", "Turkiye", "Turkey", "تركيا", "تُركيا"],
    "TZ": ["United Republic of Tanzania", "Tanzania", "Tanzania, United Republic of",
           "جمهورية تنزانيا المتحدة"],
    "US": ["United States of America", "United States", "USA", "U.S.A.", "الولايات المتحدة الأمريكية",
           "الولايات المتحدة الأميركية"],
    "VA": ["Holy See", "Vatican", "Vatican City", "الكرسي الرسولي", "الفاتيكان"],
    "VC": ["Saint Vincent and the Grenadines", "St Vincent & the Grenadines",
           "St. Vincent and the Grenadines", "سانت فنسنت وجزر غرينادين"],
    "VE": ["Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela", "Venezuela",
           "جمهورية فنزويلا البوليفارية", "فنزويلا (جمهورية - البوليفارية)"],
    "VN": ["Viet Nam", "Vietnam", "فييت نام"],
}


def build_states() -> list[dict[str, object]]:
    """One record per State, sorted by English name, with names from Babel's CLDR data."""
    from babel import Locale
    from babel.core import get_global

    english = Locale("en").territories
    arabic = Locale("ar").territories
    alpha3_of: dict[str, str] = {}
    for code, targets in get_global("territory_aliases").items():
        current = len(code) == 3 and code.isalpha() and len(targets) == 1 and code not in WITHDRAWN_ALPHA3
        if current and alpha3_of.setdefault(targets[0], code) != code:
            raise SystemExit(f"two alpha-3 codes for {targets[0]}: {alpha3_of[targets[0]]}, {code}")

    records: list[dict[str, object]] = []
    for alpha2, member in [(code, True) for code in UN_MEMBERS] + [(code, False) for code in OBSERVERS]:
        name_en, name_ar = NAME_OVERRIDES.get(alpha2, (english[alpha2], arabic[alpha2]))
        own = {name_en, name_ar}
        aliases = [a for a in dict.fromkeys(ALIASES.get(alpha2, [])) if a not in own]
        records.append(
            {
                "alpha2": alpha2,
                "alpha3": alpha3_of[alpha2],
                "name_en": name_en,
                "name_ar": name_ar,
                "un_member": member,
                "aliases": aliases,
            }
        )
    records.sort(key=lambda r: str(r["name_en"]))
    _check(records)
    return records


def _check(records: list[dict[str, object]]) -> None:
    """Refuse to write a file in which one spelling would name two States."""
    from nrtd_desktop.reference.catalog import match_key

    if len(UN_MEMBERS) != 193 or len(set(UN_MEMBERS)) != 193:
        raise SystemExit(f"expected 193 distinct UN members, listed {len(set(UN_MEMBERS))}")
    unknown = set(ALIASES) - set(UN_MEMBERS) - set(OBSERVERS)
    if unknown:
        raise SystemExit(f"aliases for codes that are not listed: {sorted(unknown)}")
    owner: dict[str, str] = {}
    for record in records:
        aliases = record["aliases"]
        assert isinstance(aliases, list)
        for spelling in [record["alpha2"], record["alpha3"], record["name_en"], record["name_ar"], *aliases]:
            key = match_key(str(spelling))
            if owner.setdefault(key, str(record["alpha2"])) != record["alpha2"]:
                raise SystemExit(f"'{spelling}' names both {owner[key]} and {record['alpha2']}")


def main(argv: list[str] | None = None) -> int:
    target = Path(__file__).with_name("data") / "states.json"
    records = build_states()
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    members = sum(1 for r in records if r["un_member"])
    print(f"wrote {len(records)} States ({members} UN members) to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
