#!/usr/bin/env python3
"""Build shipgraph's port table from the World Port Index and the curated layer.

    python scripts/build_ports.py [WPI.csv] [-o src/shipgraph/data/ports.json]

Writes one compact JSON array (sorted, so the file is reproducible): id, name, names,
country (ISO alpha-3), unlocode, lat, lon, size; and the sorted names of the water bodies
the index gives for its ports (seas, straits, gulfs), which the gazetteer knows as places.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "shipgraph" / "data"
DEFAULT_WPI = ROOT.parent / "shared" / "data" / "wpi" / "WPI.csv"

# WPI country names that pycountry does not resolve by itself.
COUNTRY_OVERRIDES = {
    "Russia": "RUS", "Turkey": "TUR", "Burma": "MMR", "Macau": "MAC",
    "Congo (Brazzaville)": "COG", "Congo (Kinshasa)": "COD", "Curacao": "CUW",
    "Sint Maarten": "SXM", "Caribbean Netherlands": "BES", "U.S. Virgin Islands": "VIR",
    "Falkland Islands (Islas Malvinas)": "FLK", "Johnson Atoll": "UMI", "Wake Island": "UMI",
    "Midway Islands": "UMI", "Saint Helena, Ascension, and Tristan da Cunha": "SHN",
    "Saint Vincent and the Grenadines (Windward Islands)": "VCT",
    "South Georgia and South Sandwich Islands": "SGS", "The Bahamas": "BHS",
    "The Gambia": "GMB", "Svalbard": "SJM", "Reunion": "REU", "Brunei": "BRN",
    "Cote D'Ivoire": "CIV", "Korea, South": "KOR", "Korea, North": "PRK",
}
SIZE_RANK = {"Large": 4, "Medium": 3, "Small": 2, "Very Small": 1}
# Generic words the index appends to names ("Qingdao Gang", "Yokohama Ko").
_SUFFIX = re.compile(
    r"\s+(Gang|Ko|Hang|Harbor|Harbour|Oil Terminal|Marine Terminal|Terminal|Port|Ku|Bandar|Limani)$", re.I)
_PREFIX = re.compile(r"^(Port Of|Port of)\s+")


def country_code(name: str) -> str | None:
    name = name.strip()
    if not name:
        return None
    if name in COUNTRY_OVERRIDES:
        return COUNTRY_OVERRIDES[name]
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        try:
            return str(pycountry.countries.search_fuzzy(name)[0].alpha_3)
        except LookupError:
            return None


def name_variants(raw: str) -> list[str]:
    """The name as listed, its parenthesised alternative, and the name without generic words."""
    out: list[str] = []
    raw = " ".join(raw.split())
    if not raw:
        return out
    m = re.match(r"^(.*?)\s*\((.*?)\)\s*$", raw)
    parts = [m[1], m[2]] if m else [raw]
    for part in parts:
        for candidate in (part, _SUFFIX.sub("", _PREFIX.sub("", part))):
            candidate = candidate.strip()
            if len(candidate) >= 3 and candidate not in out:
                out.append(candidate)
    return out


def _float(value: str) -> float | None:
    try:
        return round(float(value), 4)
    except ValueError:
        return None


def _port_of(names: list[str]) -> list[str]:
    """"Port Of Sohar" is Sohar; "Port Of Spain" keeps its name, and "Spain" is not an alias."""
    if not names or not names[0].lower().startswith("port of "):
        return names
    rest = names[0][8:].strip()
    if country_code(rest) and rest.lower() == (pycountry.countries.lookup(rest).name or "").lower():
        return ["Port of " + rest] + [n for n in names[1:] if n != rest]
    return [rest] + [n for n in names if n != rest]


# "Puerto Del Callao", "Porto Di Palermo", "Port De Caen": the index's word for port, in the
# port's own language, before the name reporting uses
# (or for a roadstead: "Rade De Brest", "Rada Di Vado")
_ROMANCE_PORT = re.compile(r"^(?:Puerto|Porto|Port|Rade|Rada)\s+"
                           r"(?:De|Del|Di|Do|Da|Du|Dos|Das|de|del|di|do|da|du)\s+(?P<rest>[A-Z].{2,})$")


def _short_names(ports: dict[str, dict]) -> None:
    """Give each port listed as "Puerto Del Callao" the name "Callao" first, unless another port
    of the index goes by that name ("Puerto Del Rosario" is not Rosario)."""
    taken: dict[str, int] = {}
    for p in ports.values():
        for n in p["names"]:
            taken[n.lower()] = taken.get(n.lower(), 0) + 1
    for p in ports.values():
        m = _ROMANCE_PORT.match(p["names"][0])
        if m is None or len(m["rest"]) < 4 or taken.get(m["rest"].lower(), 0) > (m["rest"] in p["names"]):
            continue
        rest = m["rest"]
        p["names"] = [rest] + [n for n in p["names"] if n != rest]
        if p["name"] == m.group():
            p["name"] = rest


def read_wpi(path: Path) -> dict[str, dict]:
    ports: dict[str, dict] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            locode = row["UN/LOCODE"].replace(" ", "").strip().upper() or None
            if locode and not _LOCODE.fullmatch(locode):
                locode = None  # a country's two letters alone ("LB"), or a damaged cell
            country = country_code(row["Country Code"])
            if locode and country and _alpha2(country) not in (None, locode[:2]):
                # a code of another country's ("St Petersburg", Florida, given Russia's RULED): a
                # slip in the index (the curated layer gives back the few that are right)
                locode = None
            number = row["World Port Index Number"].split(".")[0]
            names: list[str] = []
            for raw in [row["Main Port Name"], *row["Alternate Port Name"].split(";")]:
                for v in name_variants(raw):
                    if v not in names:
                        names.append(v)
            names = _port_of(names)
            if not names:
                continue
            key = locode if locode and locode not in ports else f"wpi-{number}"
            ports[key] = {
                "id": locode.lower() if key == locode else key,
                "name": names[1] if len(names) > 1 and _SUFFIX.search(names[0]) else names[0],
                "names": names,
                "country": country,
                "unlocode": locode,
                "lat": _float(row["Latitude"]),
                "lon": _float(row["Longitude"]),
                "size": SIZE_RANK.get(row["Harbor Size"].strip(), 0),
            }
    _short_names(ports)
    _without_state_names(ports)
    return ports


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def state_names(curated: Path = DATA / "states_curated.tsv") -> dict[str, str]:
    """Every name of a state (ISO 3166 and the curated layer's extra names), folded -> alpha-3."""
    names = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                names[_fold(n)] = c.alpha_3
    for line in curated.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            for n in cols[1].split(";") if len(cols) > 1 else ():
                if n.strip():
                    names[_fold(n.strip())] = cols[0]
    return names


def _without_state_names(ports: dict[str, dict]) -> None:
    """A state's name is no name of a port ("Canada" for Newport, Nova Scotia; "Curacao" for
    Bullen Baai; "Jordan", a port in the Philippines), except the port that is the state's own
    and goes by its name (Singapore, Monaco, Djibouti); a port left with no name is dropped."""
    states = state_names()
    for key in list(ports):
        p = ports[key]
        kept = [n for n in p["names"] if _fold(n) not in states or
                n == p["name"] and states[_fold(n)] == p["country"]]
        if not kept:
            del ports[key]
            continue
        if kept != p["names"]:
            p["names"] = kept
            if p["name"] not in kept:
                p["name"] = kept[0]


_LOCODE = re.compile(r"[A-Z]{2}[A-Z2-9]{3}")


def _alpha2(alpha3: str) -> str | None:
    """The two-letter code of a country (UN/LOCODEs open with it)."""
    found = pycountry.countries.get(alpha_3=alpha3)
    return str(found.alpha_2) if found is not None else None


def apply_curated(ports: dict[str, dict], path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 9)[:9]
        key, name, country, locode, lat, lon, aliases, drop, size = (c.strip() for c in cols)
        extra = [a.strip() for a in aliases.split(";") if a.strip()]
        if key.startswith("new:"):
            entry = {"id": locode.lower() if locode else key[4:], "name": name, "names": [name],
                     "country": country, "unlocode": locode or None, "lat": _float(lat),
                     "lon": _float(lon), "size": 2}
            ports[key] = entry
        else:
            entry = ports.get(key) or next(
                (p for p in ports.values() if key in p["names"]), None)
            if entry is None:
                raise SystemExit(f"curated key {key} is neither a UN/LOCODE nor a name in the index")
            dropped = {d.strip() for d in drop.split(";") if d.strip()}
            entry["names"] = [n for n in entry["names"] if n not in dropped]
            entry["name"] = name
            if locode:
                entry["unlocode"] = locode
                if entry["id"].startswith("wpi-") and \
                        not any(p["id"] == locode.lower() for p in ports.values()):
                    entry["id"] = locode.lower()  # (the code is the id, where no other port has it)
            if country:
                entry["country"] = country
            entry["size"] = max(entry["size"], 2)
        if size:
            # (the index's size put right where it is out of line with the port: "Medium")
            entry["size"] = SIZE_RANK[size]
        for n in [name, *extra]:
            if n not in entry["names"]:
                entry["names"].append(n)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wpi", nargs="?", type=Path, default=DEFAULT_WPI)
    ap.add_argument("-o", "--output", type=Path, default=DATA / "ports.json")
    ap.add_argument("--curated", type=Path, default=DATA / "ports_curated.tsv")
    ap.add_argument("--waters", type=Path, default=DATA / "waters.tsv",
                    help="where to write the names of the seas, straits and gulfs ports lie on")
    args = ap.parse_args(argv)
    if not args.wpi.exists():
        print(f"{args.wpi}: no such file (give the path of WPI.csv)", file=sys.stderr)
        return 1
    ports = read_wpi(args.wpi)
    apply_curated(ports, args.curated)
    rows = sorted(ports.values(), key=lambda p: p["id"])
    with args.output.open("w", encoding="utf-8") as fh:
        fh.write("[\n")
        fh.write(",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows))
        fh.write("\n]\n")
    print(f"{len(rows)} ports written to {args.output}")
    waters = read_waters(args.wpi)
    with args.waters.open("w", encoding="utf-8") as fh:
        fh.write("# Seas, straits, gulfs and lakes the World Port Index names as ports' waters "
                 "(written by scripts/build_ports.py).\n")
        fh.writelines(f"{w}\n" for w in waters)
    print(f"{len(waters)} water bodies written to {args.waters}")
    return 0


# Words a water body's name may hold in lower case; any other lower-case word marks a
# description ("Philippine inland seas"), not a name.
_NAME_PARTICLES = {"of", "the", "de", "di", "du", "la", "le", "el", "al", "and"}


def read_waters(path: Path) -> list[str]:
    """The distinct proper names in the index's World Water Body column, sorted."""
    names: set[str] = set()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            for part in re.split(r"[;,]", row.get("World Water Body") or ""):
                name = " ".join(part.split())
                words = name.split()
                if len(words) >= 2 and all(w[0].isupper() or w in _NAME_PARTICLES
                                           for w in words):
                    names.add(name)
    return sorted(names)


if __name__ == "__main__":
    sys.exit(main())
