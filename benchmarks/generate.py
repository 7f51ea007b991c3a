"""Synthetic corpora and graphs for the scale benchmarks.

    python benchmarks/generate.py corpus OUT_DIR --docs 1000 [--seed 1]
    python benchmarks/generate.py graph STORE_DIR --triples 1000000 [--seed 1]

`corpus` writes reports of about 2 KB in the seed layout (date line, title, body): port calls,
voyages, loadings, ship-to-ship transfers, AIS gaps, hedged, denied and planned statements and
plain background sentences, each template in several wordings, with real port names from the
gazetteer and invented vessels with valid IMO numbers. A fleet of invented ships recurs across
reports, so resolution has work to do.

`graph` writes facts of the same shape straight into a store, without extraction, until the
store holds the number of triples asked for: the way to get 1M and 10M triple graphs in
minutes. The same seed gives the same corpus and the same graph."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from shipgraph.extract.gazetteer import default_gazetteer
from shipgraph.model import Document, Entity, Event, Evidence, Facts

ADJ = ("Amber", "Arctic", "Azure", "Baltic", "Blue", "Bright", "Coral", "Crimson", "Eastern",
       "Golden", "Grand", "Green", "Iron", "Jade", "Lucky", "Northern", "Ocean", "Pacific",
       "Pearl", "Polar", "Red", "Royal", "Sea", "Silver", "Southern", "Star", "Swift", "Western")
NOUN = ("Albatross", "Anchor", "Aurora", "Breeze", "Comet", "Crown", "Dawn", "Dolphin", "Eagle",
        "Falcon", "Fortune", "Glory", "Harmony", "Harvest", "Heron", "Horizon", "Kestrel", "Lark",
        "Legend", "Meridian", "Orchid", "Pioneer", "Phoenix", "Spirit", "Tide", "Trader", "Venture",
        "Voyager", "Wave", "Wind")
TYPES = ("tanker", "crude oil tanker", "bulk carrier", "general cargo ship", "container ship",
         "product tanker", "LPG carrier", "refrigerated cargo ship")
FLAGS = ("Panama", "Liberia", "Marshall Islands", "Malta", "Russia", "Cameroon", "Togo",
         "Sierra Leone", "Comoros", "Gabon", "Palau", "Mongolia", "Tanzania", "Belize", "Cook Islands")
CARGO = ("crude oil", "fuel oil", "coal", "wheat", "containers", "diesel", "LPG", "iron ore",
         "fertiliser", "steel products", "sunflower oil", "ammunition crates")
SOURCES = ("Maritime Monitor", "Shipping Desk", "Sanctions Watch", "Open Source Review",
           "Harbour Notes")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

FILLER = (
    "Analysts said the pattern resembled earlier deliveries.",
    "Tracking data for the period is incomplete.",
    "The owners did not respond to requests for comment.",
    "Satellite imagery from the period shows several vessels in the area.",
    "Insurers have tightened their checks on such voyages since last year.",
    "The route is a long one for a ship of that size.",
    "Officials in the region declined to discuss the movements.",
    "Such transfers are common in the waters off the peninsula.",
)


@dataclass(frozen=True)
class Ship:
    name: str
    imo: str
    type: str
    flag: str


def imo_number(rng: random.Random) -> str:
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(5)]
    check = sum(d * w for d, w in zip(digits, range(7, 1, -1), strict=True)) % 10
    return "".join(map(str, digits)) + str(check)


def fleet(rng: random.Random, n: int) -> list[Ship]:
    names: set[str] = set()
    ships = []
    while len(ships) < n:
        name = f"{rng.choice(ADJ)} {rng.choice(NOUN)}"
        if rng.random() < 0.3 or len(names) > 400:
            # past a few hundred ships, numbers keep the names apart as real fleets do
            name += f" {rng.randint(1, 9 if len(names) < 400 else 999)}"
        if name in names:
            continue
        names.add(name)
        ships.append(Ship(name, imo_number(rng), rng.choice(TYPES), rng.choice(FLAGS)))
    return ships


def port_names() -> list[str]:
    """Port names that the gazetteer resolves to exactly one port and nothing else."""
    gaz = default_gazetteer()
    out = []
    for entry in sorted(gaz.ports.values(), key=lambda e: e.key):
        if entry.size < 2:
            continue
        name = entry.name
        if gaz.lookup(name) == [entry] and name.replace(" ", "").isalpha() and name[0].isupper():
            out.append(name)
    return out


def day(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def spoken(d: dt.date, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def sentence(rng: random.Random, ships: list[Ship], ports: list[str], year: int,
             introduced: set[str]) -> str:
    s = rng.choice(ships)
    other = rng.choice([x for x in ships if x is not s] or [s])
    p1, p2 = rng.sample(ports, 2)
    d = spoken(day(rng, year), rng)
    if s.name in introduced:
        who = rng.choice((f"the {s.name}", f"the {s.name}", f"the {s.type} {s.name}"))
    else:
        introduced.add(s.name)
        who = rng.choice((f"the {s.flag}-flagged {s.type} {s.name} (IMO {s.imo})",
                          f"the {s.type} {s.name} (IMO {s.imo}), flying the flag of {s.flag},",
                          f"the {s.name}, a {s.flag}-flagged {s.type},"))
    hedge = rng.choice(("", "", "", "probably ", "likely ", "reportedly "))
    cargo = rng.choice(CARGO)
    kind = rng.randrange(9)
    if kind == 0:
        text = f"On {d}, {who} {hedge}called at {p1}."
    elif kind == 1:
        text = f"{who} {hedge}arrived at {p1} on {d} and left two days later."
    elif kind == 2:
        text = f"On {d}, {who} {hedge}loaded {cargo} at {p1} before sailing to {p2}."
    elif kind == 3:
        text = f"{who} {hedge}carried {cargo} from {p1} to {p2} in {MONTHS[rng.randrange(12)]} {year}."
    elif kind == 4:
        text = (f"On {d}, {who} and the {other.type} {other.name} (IMO {other.imo}) conducted a "
                f"ship-to-ship transfer of {cargo} off {p1}.")
        introduced.add(other.name)
    elif kind == 5:
        text = f"{who} switched off its transponder near {p1} on {d}."
    elif kind == 6:
        text = f"{who} did not call at {p1}, according to port records."
    elif kind == 7:
        text = f"{who} was expected to call at {p1} in the coming weeks."
    else:
        text = f"{who} docked at {p1} on {d}, where it discharged {cargo}."
    return text[0].upper() + text[1:]


def report(rng: random.Random, ships: list[Ship], ports: list[str], n: int) -> str:
    year = rng.randint(2019, 2025)
    crew = rng.sample(ships, min(len(ships), rng.randint(2, 5)))
    published = day(rng, year + 1 if rng.random() < 0.3 else year)
    title = f"{crew[0].name} and the {rng.choice(('eastern', 'southern', 'northern'))} route, report {n}"
    introduced: set[str] = set()
    paragraphs = []
    size = 0
    while size < 1900:
        sentences = [sentence(rng, crew, ports, year, introduced) for _ in range(rng.randint(2, 4))]
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(FILLER))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return f"date {published.isoformat()} {rng.choice(SOURCES)}\n{title}\n" + "\n".join(paragraphs) + "\n"


def write_corpus(out: Path, docs: int, seed: int = 1, fleet_size: int | None = None) -> int:
    """Write `docs` reports into out; returns their total size in bytes."""
    rng = random.Random(seed)
    ships = fleet(rng, fleet_size or max(50, docs // 4))
    ports = port_names()
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(docs):
        text = report(rng, ships, ports, n)
        path = out / f"report-{n:06d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def synthetic_facts(rng: random.Random, n: int, ships: list[Ship], ports: list, states: list) -> Facts:  # type: ignore[type-arg]
    """One document's facts, as extraction would give them, without the text work."""
    year = rng.randint(2019, 2025)
    body = f"Synthetic report {n}. " + " ".join(rng.choice(FILLER) for _ in range(12))
    doc = Document(id=f"synthetic-{n:07d}", title=f"Synthetic report {n}", date=f"{year}-12-31",
                   source=rng.choice(SOURCES), text=body, sha256=f"{n:064x}", body_start=0)
    entities: list[Entity] = []
    ids: dict[str, str] = {}

    def ent(key: str, make) -> str:  # type: ignore[no-untyped-def]
        if key not in ids:
            ids[key] = f"e{len(entities) + 1}"
            entities.append(make(ids[key]))
        return ids[key]

    def span() -> Evidence:
        start = rng.randrange(0, max(1, len(body) - 120))
        return Evidence(start=start, end=start + 100, text=body[start:start + 100])

    def port(p) -> str:  # type: ignore[no-untyped-def]
        return ent("p" + p.key, lambda i: Entity(id=i, type="Port", name=p.name, unlocode=p.unlocode,
                                                 country=p.country, latitude=p.lat, longitude=p.lon,
                                                 mentions=[span()]))

    events: list[Event] = []
    for _ in range(rng.randint(4, 9)):
        s = rng.choice(ships)
        v = ent("v" + s.imo, lambda i, s=s: Entity(id=i, type="Vessel", name=s.name, imo=s.imo,
                                                   vessel_type=s.type, mentions=[span()]))
        pid = port(rng.choice(ports))
        d = day(rng, year).isoformat()
        conf = rng.choice(("reported", "reported", "likely", "highly likely"))
        kind = rng.randrange(4)
        if kind <= 1:
            events.append(Event(type="PortCall", vessel=v, port=pid, date=d, confidence=conf,
                                evidence=[span()]))
        elif kind == 2:
            qid = port(rng.choice(ports))
            events.append(Event(type="Transfer", vessel=v, origin=pid, destination=qid,
                                cargo=rng.choice(CARGO), date=d, confidence=conf, evidence=[span()]))
        else:
            o = rng.choice(ships)
            oid = ent("v" + o.imo, lambda i, o=o: Entity(id=i, type="Vessel", name=o.name,
                                                         imo=o.imo, mentions=[span()]))
            if oid != v:
                events.append(Event(type="ShipToShipTransfer", vessels=[v, oid], location=pid,
                                    date=d, confidence=conf, evidence=[span()]))
    st = rng.choice(states)
    ent("s" + st, lambda i: Entity(id=i, type="State", name=st, iso=st, mentions=[span()]))
    return Facts(document=doc, entities=entities, events=events)


def write_graph(store_dir: Path, triples: int, seed: int = 1) -> tuple[int, int]:
    """Fill a store with synthetic documents until it holds `triples`; (documents, triples)."""
    import pyoxigraph as ox

    from shipgraph.rdf import facts_to_quads

    rng = random.Random(seed)
    gaz = default_gazetteer()
    ports = sorted(gaz.ports.values(), key=lambda e: e.key)
    ports = [p for p in ports if p.lat is not None and re.fullmatch(r"[A-Z]{5}", p.unlocode or "")]
    ships = fleet(rng, max(1000, triples // 100))
    states = sorted(k for k in gaz.states if re.fullmatch(r"[A-Z]{3}", k))
    store = ox.Store(str(store_dir))
    n = total = 0
    batch: list[ox.Quad] = []
    started = time.perf_counter()
    while total < triples:
        quads = facts_to_quads(synthetic_facts(rng, n, ships, ports, states))
        batch.extend(quads)
        total += len(quads)
        n += 1
        if len(batch) >= 200_000:
            store.bulk_extend(batch)
            batch = []
            print(f"  {total:,} triples, {n:,} documents, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr)
    if batch:
        store.bulk_extend(batch)
    store.flush()
    store.optimize()
    return n, len(store)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("out", type=Path)
    c.add_argument("--docs", type=int, default=1000)
    c.add_argument("--seed", type=int, default=1)
    g = sub.add_parser("graph")
    g.add_argument("store", type=Path)
    g.add_argument("--triples", type=int, default=1_000_000)
    g.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.what == "corpus":
        size = write_corpus(args.out, args.docs, args.seed)
        print(f"{args.docs} reports, {size / 1e6:.1f} MB in {args.out}")
    else:
        docs, n = write_graph(args.store, args.triples, args.seed)
        print(f"{n:,} triples from {docs:,} synthetic documents in {args.store}")


if __name__ == "__main__":
    main()
