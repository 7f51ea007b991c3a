"""The bundled gazetteers (states, ports, places) and longest-match lookup over tokens."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import pycountry

from .text import normalize

# Ports whose names are also everyday words, months or compass points: matched only
# where the text calls them a port ("the port of Bar").
_AMBIGUOUS_PORT_NAMES = {
    "hope", "liberty", "union", "eagle", "prince", "reading", "bath", "key",
    "sale", "police", "paradise", "palm",
    "orange", "march", "may", "june", "july", "august", "independence", "progress", "freedom",
    "east", "west", "north", "south", "new", "atlantic", "pacific", "central", "main", "royal",
    "grand", "great", "star", "sun", "moon", "christmas", "president", "general", "marine",
    "ocean", "gulf", "sea", "bay", "port", "harbor", "island", "point", "cape",
    "river", "english", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
    "city", "lake", "state", "commercial", "industrial", "naval", "san", "santa",
    "western", "eastern", "northern", "southern",
    "fortune", "success", "concord", "ceres", "vega", "lady", "maria", "sierra", "monte", "amber",
}
# Port names that are also common names of other things (a city elsewhere, a person): ports only
# where the text says so ("port of Alexandria") or names the port's country and a ship goes there.
_CONTEXT_PORT_NAMES = {"alexandria", "victoria", "hull", "split", "mobile", "male", "colon",
                       "nice", "sur", "bar", "deal",
                       # ports named by a common word, which opens sentences and headlines
                       # ("Coal was loaded ..."): a port only where the text makes it one
                       "alabaster", "amble", "anchorage", "banana", "banes", "barrow", "bass",
                       "bed", "berg", "bird", "bluff", "bone", "bonny", "bowling", "brake",
                       "brass", "bucks", "bud", "calcite", "canal", "cardinal", "carillon",
                       "carvers", "center", "chandler", "chin", "chrome", "coal", "convent",
                       "coo", "copper", "cornucopia", "creosote", "delta", "depot", "drag",
                       "empire", "eureka", "flushing", "friendship", "leer", "linden", "long",
                       "loop", "moss", "mystic", "neath", "northeast", "par", "patron", "pelican",
                       "platinum", "porpoise", "prisoners", "prosper", "providence",
                       "quartermaster", "ream", "reserve", "road", "rye", "salmon", "sauce",
                       "sharpness", "sheet", "snug", "southwest", "superior", "tang", "tome",
                       "waterfall", "wick", "winter"}
# Territories and registries that fly flags but are not sovereign states.
_NOT_SOVEREIGN = {"HKG", "MAC", "BMU", "GIB", "IMN", "CYM", "CUW", "SXM", "ABW", "VGB", "FRO",
                  "GRL", "PRI", "GUM", "ASM", "MNP", "VIR", "BES", "NCL", "PYF", "REU", "SJM",
                  "UMI", "SHN", "SGS", "FLK", "TCA", "AIA", "MSR", "ALA", "GGY", "JEY", "WLF",
                  "SPM", "MYT", "GLP", "MTQ", "GUF", "BLM", "MAF", "TKL", "NIU", "NFK", "PCN",
                  "IOT", "ATF", "HMD", "BVT", "CCK", "CXR", "ESH", "ATA"}


@dataclass(frozen=True)
class Entry:
    """One gazetteer record that a name can point to."""

    kind: str  # State, Port, Place
    key: str  # alpha-3 for states, port id, place slug
    name: str
    country: str | None = None
    unlocode: str | None = None
    lat: float | None = None
    lon: float | None = None
    size: int = 0
    form: str = "name"  # name, adjective, capital (states); ambiguous (ports needing context)


@dataclass
class Gazetteer:
    """Names to entries; keys are normalize()d names of up to `longest` tokens."""

    names: dict[str, list[Entry]] = field(default_factory=dict)
    exact_case: dict[str, str] = field(default_factory=dict)
    states: dict[str, Entry] = field(default_factory=dict)
    ports: dict[str, Entry] = field(default_factory=dict)
    longest: int = 1
    first: set[str] = field(default_factory=set)  # first words of names, to skip most tokens
    prefixes: set[str] = field(default_factory=set)  # every name's leading words

    def add(self, name: str, entry: Entry) -> None:
        key = normalize(name)
        if not key:
            return
        words = key.split(" ")
        self.first.add(words[0])
        self.prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
        bucket = self.names.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        # Short all-capital forms (US, UAE, DPRK) match only in capitals.
        if name.isupper() and len(name.replace(".", "")) <= 5:
            self.exact_case[key] = name.replace(".", "")
        self.longest = max(self.longest, len(key.split()))

    def lookup(self, name: str) -> list[Entry]:
        return self.names.get(normalize(name), [])

    def match(self, toks: list[str], i: int) -> tuple[int, list[Entry]] | None:
        """The longest name starting at token i (of token texts): (tokens used, entries)."""
        if not toks[i][:1].isupper() or normalize(toks[i]).split(" ")[0] not in self.first:
            return None
        found = None
        words: list[str] = []
        for n in range(1, min(self.longest, len(toks) - i) + 1):
            tok = toks[i + n - 1]
            if tok in ",;:()":
                break  # a name never spans these
            word = normalize(tok)
            if word:
                words.append(word)
            key = " ".join(words)
            # "U.S.": an abbreviation keeps its last full stop
            if tok[:1].isalnum() or tok == "." and n >= 2 and re.fullmatch(
                    r"(?:[A-Z]\.)+[A-Z]", toks[i + n - 2]):
                entries = self.names.get(key)
                want = self.exact_case.get(key) if entries else None
                if entries and (not want or "".join(toks[i:i + n]).replace(
                        ".", "") == want.replace(" ", "")):
                    found = (n, entries)
            if key not in self.prefixes:
                break  # no longer name begins with these words
        return found


def data_text(name: str) -> str:
    """A data file shipped in the package (src/shipgraph/data/), as text."""
    return resources.files("shipgraph").joinpath("data", name).read_text(encoding="utf-8")


def tsv_rows(name: str) -> list[list[str]]:
    rows = []
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def _split(cell: str) -> list[str]:
    return [c.strip() for c in cell.split(";") if c.strip()]


def _add_states(gaz: Gazetteer) -> None:
    curated = {row[0]: row for row in tsv_rows("states_curated.tsv")}
    for country in pycountry.countries:
        code = country.alpha_3
        row = curated.get(code, [code, "", "", ""]) + ["", "", ""]
        common = getattr(country, "common_name", None)
        preferred = _split(row[1])[0] if _split(row[1]) else (common or country.name)
        sovereign = code in curated and code not in _NOT_SOVEREIGN
        kind = "State" if sovereign else "Place"
        entry = Entry(kind, code, preferred, country=code)
        gaz.states[code] = entry
        names = [preferred, country.name, *_split(row[1])]
        if common:
            names.append(common)
        official = getattr(country, "official_name", None)
        if official:
            names.append(official)
        for n in names:
            gaz.add(n, entry)
        for adj in _split(row[2]):
            gaz.add(adj, Entry(kind, code, preferred, country=code, form="adjective"))
        for cap in _split(row[3]):
            gaz.add(cap, Entry(kind, code, preferred, country=code, form="capital"))
    # States that no longer exist, kept for historical reporting.
    for code, row in curated.items():
        if code not in gaz.states and len(row) > 1:
            names = _split(row[1])
            entry = Entry("State", code, names[0], country=code)
            gaz.states[code] = entry
            for n in names:
                gaz.add(n, entry)
            for adj in _split(row[2] if len(row) > 2 else ""):
                gaz.add(adj, Entry("State", code, names[0], country=code, form="adjective"))


def _add_ports(gaz: Gazetteer) -> None:
    for p in json.loads(data_text("ports.json")):
        entry = Entry("Port", p["id"], p["name"], country=p.get("country"),
                      unlocode=p.get("unlocode"), lat=p.get("lat"), lon=p.get("lon"),
                      size=p.get("size", 0))
        gaz.ports[p["id"]] = entry
        for n in [*p["names"], *(_saint_forms(n) for n in p["names"])]:
            if not n:
                continue
            if normalize(n) in _CONTEXT_PORT_NAMES:
                gaz.add(n, replace(entry, form="ambiguous"))
            elif normalize(n) not in _AMBIGUOUS_PORT_NAMES:
                gaz.add(n, entry)


_SAINT = re.compile(r"(?i)^(?:(?P<st>st\.?)|(?P<ste>ste\.?)|(?P<saint>saint|sainte))[\s-]+(?=\w)")


def _saint_forms(name: str) -> str:
    """The other spelling of a name that opens with a saint's: "St Nazaire" is also "Saint
    Nazaire" (and "Saint-Nazaire"), "Sainte Marie" also "Ste Marie"; "" for other names."""
    m = _SAINT.match(name)
    if m is None:
        return ""
    rest = name[m.end():]
    if m["st"]:
        return "Saint " + rest
    if m["ste"]:
        return "Sainte " + rest
    return ("Ste " if m["saint"].lower() == "sainte" else "St ") + rest


def _add_places(gaz: Gazetteer) -> None:
    for row in tsv_rows("places.tsv"):
        row = row + ["", ""]
        name, country, aliases = row[0], row[1] or None, _split(row[2])
        entry = Entry("Place", normalize(name).replace(" ", "-"), name, country=country)
        for n in [name, *aliases]:
            gaz.add(n, entry)
    for row in tsv_rows("waters.tsv"):  # seas and straits from the World Port Index
        if not any(e.kind == "Place" for e in gaz.lookup(row[0])):
            gaz.add(row[0], Entry("Place", normalize(row[0]).replace(" ", "-"), row[0]))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    gaz = Gazetteer()
    _add_states(gaz)
    _add_ports(gaz)
    _add_places(gaz)
    return gaz


def is_ambiguous_port_name(name: str) -> bool:
    return normalize(name) in _AMBIGUOUS_PORT_NAMES
