#!/usr/bin/python3
"""gen_lexicons.py — regenerate the package-derived lexicons in data/.

Writes data/given_names.txt, data/surnames.txt, data/places.txt and data/cities.txt
from Debian packages (no network) merged with the hand-written supplements in data/src/,
and checks that every value in data/demonyms.txt is a canonical place.
Deterministic: same packages in, same bytes out.

Needs (Debian): iso-codes, libtext-names-perl, python3-fake-factory, wamerican, wbritish, libgeonames0.
Run from anywhere:  /usr/bin/python3 scripts/gen_lexicons.py [--ambiguous]
"""
import ctypes
import importlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
SRC = os.path.join(DATA, "src")
ISO = "/usr/share/iso-codes/json"
TEXT_NAMES = "/usr/share/perl5/Text/Names.pm"

# Faker locales written in Latin script (others are in native scripts, which
# English news does not use; their transliterations are in data/src/).
FAKER_LOCALES = ["en_US", "en_GB", "es_ES", "es_MX", "de_DE", "fr_FR", "it_IT",
                 "pl_PL", "cs_CZ", "pt_BR", "pt_PT", "nl_NL", "dk_DK", "no_NO",
                 "sv_SE", "fi_FI", "tr_TR", "hr_HR", "sl_SI", "lt_LT", "lv_LV",
                 "et_EE", "hu_HU", "id_ID", "tw_GH"]
FEMALE_MIN_FREQ = 0.003
# Source entries that are not given names in any useful sense (census and
# Faker artefacts); dropped from given_names.txt.
NOT_GIVEN = set("""in my ok soon man ma mi era marry manual numbers brain son young
chance page star sun easter ramadan sep maj""".split())  # the 1990 census female list runs to very rare names

# Canonical short English names where iso-codes' best form is not the one
# English news uses.
CANONICAL = {
    "BO": "Bolivia", "CD": "Democratic Republic of the Congo", "CG": "Congo",
    "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic",
    "FK": "Falkland Islands", "FM": "Micronesia", "GB": "United Kingdom",
    "IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos",
    "MD": "Moldova", "PS": "Palestine", "RU": "Russia", "SY": "Syria",
    "TL": "Timor-Leste", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania",
    "US": "United States", "VA": "Vatican City", "VE": "Venezuela",
    "VG": "British Virgin Islands", "VI": "US Virgin Islands", "VN": "Vietnam",
    "BN": "Brunei", "MF": "Saint Martin", "SX": "Sint Maarten",
    "CC": "Cocos Islands", "SH": "Saint Helena", "MK": "North Macedonia",
    "SZ": "Eswatini", "GM": "Gambia", "BS": "Bahamas", "NL": "Netherlands",
}
# First-level subdivisions listed whole (their names are the English ones).
SUBDIV_COUNTRIES = ["US", "CA", "AU"]

LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\-]*[A-Za-z\u00C0-\u024F]$")


def fold(s):
    return s.lower()


def header(source, notes):
    return "# source: %s\n# licence/notes: %s\n" % (source, notes)


def write_list(name, head, entries):
    """entries: list of (entry, value) in priority order; first key wins."""
    seen = {}
    for e, v in entries:
        e = e.strip()
        if e and fold(e) not in seen:
            seen[fold(e)] = (e, v)
    rows = sorted(seen.values(), key=lambda ev: (fold(ev[0]), ev[0]))
    path = os.path.join(DATA, name + ".txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(head)
        for e, v in rows:
            f.write(e + ("\t" + v if v else "") + "\n")
    print("%s: %d entries" % (path, len(rows)))
    return {fold(e): v for e, v in rows}


def census(var, min_freq=0.0, max_rank=None, freqs=False):
    """Names from a heredoc of Text::Names (1990 US census lists); with freqs, (name, percent) pairs."""
    text = open(TEXT_NAMES, encoding="utf-8").read()
    m = re.search(r"\$%s = <<ENDNAMES;\n(.*?)\nENDNAMES" % var, text, re.S)
    out = []
    # some lines hold two records; scan the records, not the lines
    for name, freq, _cum, rank in re.findall(r"([A-Z']+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)", m.group(1)):
        if float(freq) < min_freq or (max_rank and int(rank) > max_rank):
            continue
        out.append((titlecase(name), float(freq)) if freqs else titlecase(name))
    return out


def genders(words):
    """fold(name) -> "m" or "f" where the sources agree on one sex, else absent.
    Census: the sex whose frequency is at least ten times the other's (the lists hold rare
    cross-sex records). Faker: the locale lists of male and female first names; a name that is
    male in one locale and female in another (Andrea, Jean) has no gender."""
    male = {fold(n): f for n, f in census("COMMON_MALE_FIRSTNAMES", freqs=True)}
    female = {fold(n): f for n, f in census("COMMON_FEMALE_FIRSTNAMES", freqs=True)}
    votes = {}
    for k in set(male) | set(female):
        fm, ff = male.get(k, 0.0), female.get(k, 0.0)
        if fm >= 10 * ff:
            votes.setdefault(k, set()).add("m")
        elif ff >= 10 * fm:
            votes.setdefault(k, set()).add("f")
        else:
            votes.setdefault(k, set()).update("mf")
    for attr, sex in (("first_names_male", "m"), ("first_names_female", "f")):
        for n in faker_names(attr, words):
            votes.setdefault(fold(n), set()).add(sex)
    for sex, name in (("m", "given_names_male.txt"), ("f", "given_names_female.txt")):
        for n in supplement(name):
            votes.setdefault(fold(n), set()).add(sex)
    both = {fold(n) for n in supplement("given_names_unisex.txt")}
    return {k: next(iter(v)) for k, v in votes.items() if len(v) == 1 and k not in both}


def titlecase(name):
    n = name.capitalize()
    if n.startswith("Mc") and len(n) > 2:
        n = "Mc" + n[2].upper() + n[3:]
    return n


def dictionary_words():
    """Lower-case words of Debian's wamerican and wbritish lists (British spellings: "organisers",
    "labour")."""
    words = set()
    for path, pkg in (("/usr/share/dict/american-english", "wamerican"), ("/usr/share/dict/british-english", "wbritish")):
        if not os.path.exists(path):
            sys.exit(f"gen_lexicons.py: needs {path} (apt-get install {pkg})")
        words |= {w.strip() for w in open(path, encoding="utf-8") if w[:1].islower()}
    return words


def faker_names(attr, words):
    """Latin-script names of the Faker locales that are not also English words
    (Faker's lists hold some junk such as "Salami" and "Among")."""
    out = []
    for loc in FAKER_LOCALES:
        prov = importlib.import_module("faker.providers.person." + loc).Provider
        names = getattr(prov, attr, ())
        for n in sorted(names):  # some locales use sets/dicts
            if LATIN.match(n) and len(n) >= 2 and n.lower() not in words:
                out.append(n)
    return out


def supplement(name):
    """Whitespace-separated words of data/src/NAME, without '#' lines."""
    out = []
    for line in open(os.path.join(SRC, name), encoding="utf-8"):
        if not line.startswith("#"):
            out.extend(line.split())
    return out


def places():
    entries = []
    countries = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        canon = CANONICAL.get(c["alpha_2"]) or c.get("common_name") or c["name"]
        entries.append((canon, ""))
        for k in ("name", "common_name", "official_name"):
            n = c.get(k)
            if n and "," not in n and "(" not in n and n != canon:
                entries.append((re.sub(r"^the ", "", n), canon))
    subs = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    for s in sorted(subs, key=lambda s: s["code"]):
        if s["code"][:2] in SUBDIV_COUNTRIES and "parent" not in s:
            entries.append((s["name"], ""))
    for line in open(os.path.join(SRC, "places_extra.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            e, _, v = line.partition("\t")
            entries.append((e, v))
    return entries


def geonames_cities():
    """(name, population) of every city of Debian's libgeonames0 (GeoNames cities of 15,000
    people or more), read through the library's own API."""
    try:
        lib = ctypes.CDLL("libgeonames.so.0")
    except OSError:
        sys.exit("gen_lexicons.py: needs libgeonames.so.0 (apt-get install libgeonames0)")
    lib.geonames_get_n_cities.restype = ctypes.c_int
    lib.geonames_get_city.restype = ctypes.c_void_p
    lib.geonames_get_city.argtypes = [ctypes.c_int]
    lib.geonames_city_get_name.restype = ctypes.c_char_p
    lib.geonames_city_get_name.argtypes = [ctypes.c_void_p]
    lib.geonames_city_get_population.restype = ctypes.c_uint
    lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
    lib.geonames_city_free.argtypes = [ctypes.c_void_p]
    out = []
    for i in range(lib.geonames_get_n_cities()):
        c = lib.geonames_get_city(i)
        out.append((lib.geonames_city_get_name(c).decode("utf-8"), lib.geonames_city_get_population(c)))
        lib.geonames_city_free(c)
    return out


def cities(exclude):
    """Cities that are not also a word, a given name, a surname or an entry of the hand lists
    ("Reading", "Jackson", "Victoria" stay out): unambiguous place evidence. Each also without its
    accents, by the same test ("Goiânia" is written "Goiania" in English wire copy)."""
    import unicodedata
    out, seen = [], set()
    for name, _pop in sorted(geonames_cities(), key=lambda np: (-np[1], np[0])):
        # "Sharjah city", "Suwon-si", "Fukui-shi": also without the administrative suffix
        # GeoNames gives some cities ("Goyang-si" is written "Goyang" in English copy)
        bare = re.sub(r"( city|-si|-shi|-gun)$", "", name)
        forms = []
        for f in (name, bare) if bare != name else (name,):
            plain = unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode()
            forms += [f, plain] if plain != f else [f]
        for n in forms:
            words = n.split()
            if len(n) < 4 or any(ch.isdigit() for ch in n) or fold(n) in exclude or n in seen:
                continue
            if not all(LATIN.match(w) or w in ("de", "do", "da", "del", "la", "el") for w in words):
                continue
            if len(words) == 1 and any(fold(p) in exclude for p in n.split("-")):
                continue
            seen.add(n)
            out.append((n, ""))
    return out


REGION_TYPES = {"State", "Province", "Region", "Land", "Autonomous community", "Prefecture", "Governorate",
                "Department", "Autonomous region", "Administrative region", "Union territory", "Oblast", "Republic",
                "Canton", "Emirate", "Territory", "Federal district", "County", "Autonomous province",
                "Metropolitan region", "Autonomous republic", "Autonomous city", "Federal territory"}


# Romanised administrative suffixes that English news leaves off: Chinese "Sheng" (province), "Zizhiqu"
# (autonomous region, with the people's name before it: not "Nei Mongol", whose "Mongol" is the place's), Korean "-do" (province) and "-gwangyeoksi"
# (metropolitan city): "Zhejiang Sheng" is written "Zhejiang", "Gyeonggi-do" "Gyeonggi".
local_suffix = re.compile(r"(?: Sheng| (?:Zhuangzu |Huizu |Huizi |Uygur )?Zizhiqu|-do|-gwangyeoksi)$")


def regions(exclude, have):
    """First-level divisions of countries from iso-codes (ISO 3166-2: states, provinces, regions,
    Länder ...), by the same test as the cities, each also without its accents ("Apurímac" is written
    "Apurimac" in English news); names in brackets or with local suffixes are left out."""
    import unicodedata
    out, seen = [], set(have)
    for d in json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
        if d["type"] not in REGION_TYPES:
            continue
        name = local_suffix.sub("", d["name"].strip())
        if "[" in name or "(" in name or "," in name:
            continue
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        for n in (name, plain):
            words = n.split()
            if len(n) < 4 or any(ch.isdigit() for ch in n) or fold(n) in exclude or fold(n) in seen:
                continue
            if not all(LATIN.match(w) or w in ("de", "do", "da", "del", "la", "el") for w in words):
                continue
            if len(words) == 1 and any(fold(p) in exclude for p in n.split("-")):
                continue
            seen.add(fold(n))
            out.append((n, ""))
    return out


def countries():
    """Canonical names of the countries of ISO 3166-1 (as used in places.txt)."""
    out = []
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]:
        out.append((CANONICAL.get(c["alpha_2"]) or c.get("common_name") or c["name"], ""))
    return out


def main():
    ambiguous = "--ambiguous" in sys.argv
    given = census("COMMON_MALE_FIRSTNAMES") + census("COMMON_FEMALE_FIRSTNAMES", FEMALE_MIN_FREQ)
    words = dictionary_words()
    given += faker_names("first_names", words) + supplement("given_names_extra.txt")
    given = [n for n in given if n.lower() not in NOT_GIVEN]
    sex = genders(words)
    g = write_list("given_names", header(
        "1990 US Census first-name lists as shipped in Debian's libtext-names-perl "
        "(all male names, female names with frequency >= 0.003%); Latin-script first names "
        "of Debian's python3-fake-factory (Faker) locales " + " ".join(FAKER_LOCALES) +
        " (minus words of Debian's wamerican and wbritish word lists); plus data/src/given_names_extra.txt (hand-written, general knowledge: Arabic, Persian, "
        "South/East Asian, Slavic, African, accented European forms). Why: broad, multicultural, "
        "offline and reusable. Generated by scripts/gen_lexicons.py - do not edit by hand.",
        "census lists are US public domain; Text::Names is Artistic/GPL-1+; Faker data is Expat (MIT). "
        "Many entries are also common words (Will, Mark, Grace, May, Jordan): see data/README.md. "
        "Value = m or f where every source that lists the name gives it one sex (census: ten times the other's "
        "frequency; Faker: its male and female lists; data/src/given_names_male.txt and given_names_female.txt), "
        "none otherwise and for the names of data/src/given_names_unisex.txt (Andrea, Jean, Kim)."),
        [(n, sex.get(fold(n), "")) for n in given])
    surn = census("COMMON_SURNAMES", max_rank=1000) + supplement("surnames_extra.txt")
    write_list("surnames", header(
        "top 1000 surnames of the 1990 US Census (Debian libtext-names-perl), "
        "data/src/surnames_extra.txt (hand-written frequent surnames across cultures). Weak PERSON evidence only. "
        "Generated by scripts/gen_lexicons.py - do not edit by hand.",
        "census: US public domain; Text::Names Artistic/GPL-1+; supplement written for entgraph."),
        [(n, "") for n in surn])
    p = write_list("places", header(
        "Debian iso-codes (iso_3166-1.json: name/common_name/official_name of every country; "
        "iso_3166-2.json: US states and territories, Canadian provinces, Australian states) plus "
        "data/src/places_extra.txt (hand-written: English aliases, regions, continents, major cities, "
        "seas and rivers). Value = canonical short English name when the entry is an alias. "
        "Generated by scripts/gen_lexicons.py - do not edit by hand.",
        "iso-codes is LGPL-2.1+ (facts: country names); supplement written for entgraph."),
        places())
    bad = 0
    for line in open(os.path.join(DATA, "demonyms.txt"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        e, _, v = line.rstrip("\n").partition("\t")
        if fold(v) not in p or p[fold(v)]:
            print("demonyms.txt: %s -> %s is not a canonical place" % (e, v), file=sys.stderr)
            bad += 1
    for k, v in p.items():
        if v and (fold(v) not in p or p[fold(v)]):
            print("places.txt: alias %s -> %s has no canonical entry" % (k, v), file=sys.stderr)
            bad += 1
    exclude = set(words) | set(g) | {fold(n) for n in surn} | set(p)
    for f in ("stopwords", "titles", "roles", "org_heads", "loc_heads", "groups", "nonentity_heads", "demonyms",
              "organisations"):
        for line in open(os.path.join(DATA, f + ".txt"), encoding="utf-8"):
            if not line.startswith("#"):
                exclude.add(fold(line.split("\t")[0].strip()))
    write_list("cities", header(
        "Debian package libgeonames0 (GeoNames cities of 15,000 people or more, read with geonames_get_city, each also without accents and without an administrative suffix such as -si or -shi), "
        "then the first-level divisions of countries (states, provinces, regions) of Debian package iso-codes "
        "(/usr/share/iso-codes/json/iso_3166-2.json), each also without accents and without a romanised administrative suffix (Sheng, Zizhiqu, -do, -gwangyeoksi): "
        "the names that are not also an English word (wamerican, wbritish), a given name, a surname, a place of "
        "places.txt or an entry of the hand-written lists. Generated by scripts/gen_lexicons.py - do not edit by hand.",
        "GeoNames data is CC BY 4.0 (see /usr/share/doc/libgeonames0/copyright); iso-codes is LGPL-2.1+. "
        "Weaker LOC evidence than places.txt: a city or region name alone, not a country."),
        cities(exclude) + regions(exclude, [fold(n) for n, _ in cities(exclude)]))
    write_list("countries", header(
        "Debian package iso-codes (/usr/share/iso-codes/json/iso_3166-1.json): the canonical short name of each country",
        "LGPL-2.1+ data of iso-codes. A head of state or government leads a country, not a city or a state; "
        "aliases (US, Britain) reach these names through the values in places.txt."),
        countries())
    write_list("common_words", header(
        "Debian packages wamerican and wbritish (SCOWL word lists, /usr/share/dict/american-english and british-english): their lower-case entries without apostrophes",
        "SCOWL licence (free use, see /usr/share/doc/wamerican/copyright and wbritish). A capitalised word at a sentence start "
        "that is one of these and has no other evidence is a common word, not a name."),
        [(w, "") for w in sorted(words) if "'" not in w])
    if ambiguous:
        stops = set()
        for f in ("stopwords", "titles", "roles", "org_heads", "loc_heads"):
            for line in open(os.path.join(DATA, f + ".txt"), encoding="utf-8"):
                if not line.startswith("#"):
                    stops.add(fold(line.split("\t")[0].strip()))
        amb = sorted(k for k in g if k in stops or k in words or k in p)
        print("ambiguous given names (%d): %s" % (len(amb), " ".join(amb)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
