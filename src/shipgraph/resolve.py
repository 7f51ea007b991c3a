"""Identities across documents: which mentions in which reports are one ship, port or state.

Each document's facts name entities by local ids (e1, e2...). Resolution gives each of them a
graph IRI, the same in every document for the same real thing:

- vessels: by IMO number first, then MMSI, then by name (current, alias or past name) when
  flag, IMO and type do not contradict; a name shared by several ships that the record cannot
  tell apart stays a node of its own rather than joining the wrong ship;
- ports by UN/LOCODE (the gazetteer's identity), states by ISO 3166 alpha-3;
- persons, organisations and places by their name.

Every assignment carries the reason it was made, which build stores in the resolution graph.
An analyst's curation file (merge, split, rename, aliases) is applied on top, on every build."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ShipgraphError
from .extract.text import normalize
from .model import Entity
from .rdf import ID, entity_iri, slug


class CurationError(ShipgraphError):
    """The curation file cannot be read or names something the graph does not hold."""


@dataclass(frozen=True)
class Record:
    """One entity as one document states it."""

    doc: str
    local: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    imo: str | None = None
    mmsi: str | None = None
    flag: str | None = None
    vessel_type: str | None = None
    default_iri: str = ""

    @classmethod
    def of(cls, doc_id: str, e: Entity) -> Record:
        plain = e.model_copy(update={"iri": None})
        return cls(doc_id, e.id, e.type, e.name, tuple(e.aliases), tuple(e.former_names), e.imo,
                   e.mmsi, e.flag, e.vessel_type, entity_iri(plain))

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc, self.local)

    def names(self) -> list[str]:
        return sorted({n for n in (normalize(x) for x in (self.name, *self.aliases,
                                                          *self.former_names)) if n})


@dataclass
class Cluster:
    records: list[Record] = field(default_factory=list)
    imos: set[str] = field(default_factory=set)
    mmsis: set[str] = field(default_factory=set)
    flags: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    iri: str = ""

    def add(self, r: Record) -> None:
        self.records.append(r)
        for bag, value in ((self.imos, r.imo), (self.mmsis, r.mmsi), (self.flags, r.flag),
                           (self.kinds, _kind(r.vessel_type))):
            if value:
                bag.add(value)


@dataclass
class Resolution:
    """Record key -> IRI, with the reason; plus curated labels and aliases per IRI."""

    iri: dict[tuple[str, str], str] = field(default_factory=dict)
    reason: dict[tuple[str, str], str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)


# Broad classes of ship: two records of one name but different classes are different ships.
_KINDS = (("tanker", ("tanker", "vlcc", "ulcc", "suezmax", "aframax", "crude", "lpg", "lng", "gas")),
          ("bulk", ("bulk", "bulker", "ore", "coal", "handysize", "handymax", "supramax",
                    "panamax")),
          ("container", ("container",)),
          ("fishing", ("trawler", "fishing")),
          ("tug", ("tug",)),
          ("military", ("landing", "patrol", "warship", "navy", "naval")),
          ("cargo", ("cargo", "freighter", "ro-ro", "roro", "reefer")))


def _kind(vessel_type: str | None) -> str | None:
    if not vessel_type:
        return None
    low = vessel_type.lower()
    for kind, words in _KINDS:
        if any(w in low for w in words):
            return kind
    return None


def _conflict(c: Cluster, r: Record) -> str | None:
    """Why the record cannot be the cluster's ship, or None."""
    if r.imo and c.imos and r.imo not in c.imos:
        return "IMO numbers differ"
    if r.mmsi and c.mmsis and r.mmsi not in c.mmsis:
        return "MMSI numbers differ"
    if r.flag and c.flags and r.flag not in c.flags:
        return "flags differ"
    kind = _kind(r.vessel_type)
    if kind and c.kinds and kind not in c.kinds:
        return "vessel types differ"
    return None


def _natural(local: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", local)
    return (int(digits) if digits else 0, local)


def _cluster_vessels(records: list[Record]) -> tuple[list[Cluster], dict[tuple[str, str], str]]:
    """Vessel records into ships; the best-identified records go first so that a bare name
    joins the ship it can only be, and order of documents does not decide identities."""
    order = sorted(records, key=lambda r: (r.imo is None, r.mmsi is None, r.flag is None,
                                           r.vessel_type is None, r.doc, _natural(r.local)))
    clusters: list[Cluster] = []
    by_imo: dict[str, int] = {}
    by_mmsi: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    reasons: dict[tuple[str, str], str] = {}
    for r in order:
        chosen: int | None = None
        if r.imo and r.imo in by_imo:
            chosen, why = by_imo[r.imo], f"same IMO number {r.imo}"
        elif r.mmsi and r.mmsi in by_mmsi and not _conflict(clusters[by_mmsi[r.mmsi]], r):
            chosen, why = by_mmsi[r.mmsi], f"same MMSI {r.mmsi}"
        else:
            names = r.names()
            candidates = sorted({i for n in names for i in by_name.get(n, [])})
            fitting = [i for i in candidates if not _conflict(clusters[i], r)]
            if len(fitting) == 1:
                chosen = fitting[0]
                shared = [n for n in names if chosen in by_name.get(n, [])]
                why = f"same name {shared[0]!r}" + _agreeing(clusters[chosen], r)
            elif len(fitting) > 1:
                why = (f"name {names[0]!r} is shared by {len(fitting)} vessels this record "
                       "cannot tell apart; kept as its own node")
            elif candidates:
                why = (f"name {names[0]!r} matches another vessel, but "
                       f"{_conflict(clusters[candidates[0]], r)}; kept apart")
            else:
                why = "first record of this vessel"
        if chosen is None:
            clusters.append(Cluster())
            chosen = len(clusters) - 1
        c = clusters[chosen]
        c.add(r)
        reasons[r.key] = why
        if r.imo:
            by_imo.setdefault(r.imo, chosen)
        if r.mmsi:
            by_mmsi.setdefault(r.mmsi, chosen)
        for n in r.names():
            if chosen not in by_name.setdefault(n, []):
                by_name[n].append(chosen)
    return clusters, reasons


def _agreeing(c: Cluster, r: Record) -> str:
    parts = []
    if r.flag and r.flag in c.flags:
        parts.append(f"flag {r.flag}")
    kind = _kind(r.vessel_type)
    if kind and kind in c.kinds:
        parts.append(f"type {kind}")
    if not parts:
        return ", nothing contradicting"
    return " and " + " and ".join(parts)


def _vessel_iris(clusters: list[Cluster]) -> None:
    """IMO-based IRIs where a number is known, else the name; flag and count keep names apart."""
    taken: set[str] = set()
    for c in clusters:
        if c.imos:
            c.iri = str(ID[f"vessel/imo-{sorted(c.imos)[0]}"])
            taken.add(c.iri)
    for c in clusters:
        if c.iri:
            continue
        base = f"vessel/{slug(c.records[0].name)}"
        candidates = [base]
        if c.flags:
            candidates.append(f"{base}-{sorted(c.flags)[0].lower()}")
        iri = next((str(ID[x]) for x in candidates if str(ID[x]) not in taken), "")
        n = 2
        while not iri:
            if str(ID[f"{base}-{n}"]) not in taken:
                iri = str(ID[f"{base}-{n}"])
            n += 1
        c.iri = iri
        taken.add(iri)


def resolve(records: Iterable[Record], curation: Curation | None = None) -> Resolution:
    """Give every record its IRI and the reason; then apply the curation file."""
    records = sorted(records, key=lambda r: (r.doc, _natural(r.local)))
    out = Resolution()
    vessels = [r for r in records if r.type == "Vessel"]
    clusters, reasons = _cluster_vessels(vessels)
    _vessel_iris(clusters)
    for c in clusters:
        for r in c.records:
            out.iri[r.key] = c.iri
            out.reason[r.key] = reasons[r.key]
    for r in records:
        if r.type != "Vessel":
            out.iri[r.key] = r.default_iri
            out.reason[r.key] = _identity_reason(r)
    if curation is not None:
        curation.apply(records, out)
    return out


def _identity_reason(r: Record) -> str:
    if r.type == "Port" and "/port/" in r.default_iri and not r.default_iri.endswith(slug(r.name)):
        return "gazetteer port " + r.default_iri.rsplit("/", 1)[-1].upper()
    if r.type == "State":
        return "ISO 3166 code " + r.default_iri.rsplit("/", 1)[-1]
    return "same name"


# --- Curation ----------------------------------------------------------------------------------

@dataclass
class Curation:
    """An analyst's corrections, kept in the workspace and applied on every build.

    TOML, each table optional:
        [[merge]]  entities = ["Maria", "vessel/imo-9123456"]   reason = "..."
        [[split]]  entity = "Maria"  documents = ["report-2024-03"]  name = "Maria (Panama)"
        [[rename]] entity = "Angara"  name = "ANGARA"
        [[alias]]  entity = "Rajin"  aliases = ["Rason port"]
    Entities are named by IRI (full or from "vessel/..."), label, alias, IMO or UN/LOCODE."""

    path: Path | None = None
    merges: list[dict[str, Any]] = field(default_factory=list)
    splits: list[dict[str, Any]] = field(default_factory=list)
    renames: list[dict[str, Any]] = field(default_factory=list)
    alias_sets: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Curation | None:
        """The curation file at path, or None where there is none."""
        if not path.exists():
            return None
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CurationError(f"{path}: cannot read the curation file ({exc})") from exc
        known = {"merge", "split", "rename", "alias"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise CurationError(f"{path}: unknown section(s) {', '.join(unknown)}; "
                                f"expected {', '.join(sorted(known))}")
        cur = cls(path, data.get("merge", []), data.get("split", []), data.get("rename", []),
                  data.get("alias", []))
        cur._check()
        return cur

    def _check(self) -> None:
        need = {"merge": ("entities",), "split": ("entity", "documents"), "rename": ("entity", "name"),
                "alias": ("entity", "aliases")}
        for section, items in (("merge", self.merges), ("split", self.splits),
                               ("rename", self.renames), ("alias", self.alias_sets)):
            if not isinstance(items, list):
                raise CurationError(f"{self.path}: [{section}] must be an array of tables "
                                    f"([[{section}]])")
            for n, item in enumerate(items, start=1):
                missing = [k for k in need[section] if k not in item]
                if missing:
                    raise CurationError(f"{self.path}: {section} #{n} lacks {', '.join(missing)}")
                for k in ("entities", "documents", "aliases"):
                    if k in item and (not isinstance(item[k], list)
                                      or not all(isinstance(x, str) for x in item[k])):
                        raise CurationError(f"{self.path}: {section} #{n}: {k} must be a list "
                                            "of strings")

    def apply(self, records: list[Record], res: Resolution) -> None:
        where = str(self.path) if self.path else "curation"
        for n, item in enumerate(self.splits, start=1):
            iri = _find(records, res, item["entity"], f"{where}: split #{n}")
            docs = set(item["documents"])
            moved = [r for r in records if res.iri[r.key] == iri and r.doc in docs]
            if not moved:
                raise CurationError(f"{where}: split #{n}: none of the documents "
                                    f"{', '.join(sorted(docs))} mention {item['entity']!r}")
            label = item.get("name") or moved[0].name
            new = _free_iri(res, iri.rsplit("/", 1)[0] + "/" + slug(label))
            for r in moved:
                res.iri[r.key] = new
                res.reason[r.key] = f"curation: split from {iri.rsplit('/', 1)[-1]} ({where})"
            if item.get("name"):
                res.labels[new] = item["name"]
        for n, item in enumerate(self.merges, start=1):
            iris = [_find(records, res, x, f"{where}: merge #{n}") for x in item["entities"]]
            types = {next(r.type for r in records if res.iri[r.key] == i) for i in iris}
            if len(types) > 1:
                raise CurationError(f"{where}: merge #{n}: cannot merge entities of different "
                                    f"types ({', '.join(sorted(types))})")
            # A merged ship keeps its IMO-based IRI where it has one, else the first listed.
            keep = next((i for i in iris if "/vessel/imo-" in i), iris[0])
            why = item.get("reason", "")
            for r in records:
                if res.iri[r.key] in iris and res.iri[r.key] != keep:
                    res.iri[r.key] = keep
                    res.reason[r.key] = f"curation: merged ({where})" + (f": {why}" if why else "")
        for n, item in enumerate(self.renames, start=1):
            res.labels[_find(records, res, item["entity"], f"{where}: rename #{n}")] = item["name"]
        for n, item in enumerate(self.alias_sets, start=1):
            iri = _find(records, res, item["entity"], f"{where}: alias #{n}")
            bag = res.aliases.setdefault(iri, [])
            bag.extend(a for a in item["aliases"] if a not in bag)


def _free_iri(res: Resolution, iri: str) -> str:
    used = set(res.iri.values())
    if iri not in used:
        return iri
    n = 2
    while f"{iri}-{n}" in used:
        n += 1
    return f"{iri}-{n}"


def _find(records: list[Record], res: Resolution, name: str, where: str) -> str:
    """The IRI an analyst means by a name, IRI, IMO or UN/LOCODE; an error when unclear."""
    wanted = name.strip()
    iris = set(res.iri.values())
    if wanted in iris:
        return wanted
    if not re.search(r"\s", wanted) and str(ID[wanted.lstrip("/")]) in iris:
        return str(ID[wanted.lstrip("/")])
    folded = normalize(wanted)
    hits = sorted({res.iri[r.key] for r in records
                   if folded in r.names() or wanted in (r.imo, r.mmsi)
                   or res.labels.get(res.iri[r.key]) == wanted
                   or wanted.lower() == res.iri[r.key].rsplit("/", 1)[-1]})
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise CurationError(f"{where}: no entity named {name!r}")
    raise CurationError(f"{where}: {name!r} is ambiguous ({', '.join(hits)}); name it by IRI")


__all__ = ["Curation", "CurationError", "Record", "Resolution", "resolve"]
