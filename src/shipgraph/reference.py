"""Reference data to facts: a CSV of vessels, or FollowTheMoney entities as JSON lines.

An imported file becomes a document of kind "dataset": its text holds the lines the facts come
from, and every entity's evidence is the span of its row, so an imported IMO number is traced
to a line of a file as a reported one is traced to a sentence. Resolution then joins imported
vessels with reported ones (by IMO number first), like any two documents.

FollowTheMoney is read with the standard json module: the format is one JSON object per line
({"id", "schema", "properties": {name: [values]}}), and the properties used here are few
(Vessel: name, alias, previousName, imoNumber, mmsi, flag, type, callSign, owner; Ownership:
asset, owner; the owner's name)."""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from .errors import ReadError
from .extract.gazetteer import Gazetteer
from .extract.vessels import imo_valid, mmsi_valid
from .model import Document, Entity, Evidence, Facts
from .readers import MAX_BYTES, decode, document_id

CSV_COLUMNS = ("name", "imo", "mmsi", "flag", "type", "owner", "call_sign", "former_names",
               "aliases")
_HEADER_ALIASES = {"vessel": "name", "vessel_name": "name", "ship": "name", "imo_number": "imo",
                   "imonumber": "imo", "vessel_type": "type", "ship_type": "type",
                   "callsign": "call_sign", "call sign": "call_sign", "past_names": "former_names",
                   "former names": "former_names", "registered_owner": "owner", "flag_state": "flag"}
_OWNER_SCHEMATA = {"Company", "Organization", "LegalEntity", "Person", "PublicBody"}


@dataclass
class Imported:
    """The facts of one file, and the rows that could not be used, each with its reason."""

    facts: Facts
    problems: list[str] = field(default_factory=list)

    @property
    def vessels(self) -> int:
        return sum(1 for e in self.facts.entities if e.type == "Vessel")

    @property
    def owners(self) -> int:
        return sum(1 for e in self.facts.entities if e.type != "Vessel")


def import_file(path: Path, gazetteer: Gazetteer, fmt: str = "auto") -> Imported:
    """Read a vessel CSV or FtM JSON-lines file; fmt is csv, ftm or auto (by suffix)."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    if size > MAX_BYTES:
        raise ReadError(f"{name}: too large ({size // 2**20} MiB; the limit is {MAX_BYTES // 2**20})")
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(f"{name}: the file is empty")
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "auto":
        fmt = "csv" if path.suffix.lower() in (".csv", ".tsv") else "ftm"
    doc = Document(id="dataset-" + document_id(path), title=f"Reference data: {path.name}",
                   source=path.name, text=text, path=name, kind="dataset",
                   sha256=hashlib.sha256(data).hexdigest())
    if fmt == "csv":
        return _from_csv(doc, gazetteer)
    if fmt == "ftm":
        return _from_ftm(doc, gazetteer)
    raise ReadError(f"{name}: unknown format {fmt!r}; use csv or ftm")


def flag_code(value: str, gazetteer: Gazetteer) -> str | None:
    """ISO alpha-3 of a flag given as alpha-2, alpha-3, a name or an adjective."""
    value = value.strip()
    if not value:
        return None
    if re.fullmatch(r"[A-Za-z]{2,3}", value):
        country = (pycountry.countries.get(alpha_2=value.upper()) if len(value) == 2
                   else pycountry.countries.get(alpha_3=value.upper()))
        if country is not None:
            return str(country.alpha_3)
    for entry in gazetteer.lookup(value):
        if entry.kind == "State":
            return entry.key
    return None


class _Builder:
    """Entities of one dataset, with owners shared between vessels by name."""

    def __init__(self, doc: Document, gazetteer: Gazetteer) -> None:
        self.doc, self.gazetteer = doc, gazetteer
        self.entities: list[Entity] = []
        self.owners: dict[str, Entity] = {}
        self.problems: list[str] = []

    def vessel(self, where: str, span: Evidence, name: str, imo: str = "", mmsi: str = "",
               flag: str = "", vtype: str = "", owner: str = "", call_sign: str = "",
               former: list[str] | None = None, aliases: list[str] | None = None) -> None:
        name = " ".join(name.split())
        if not name:
            self.problems.append(f"{where}: no vessel name; row skipped")
            return
        imo = re.sub(r"^IMO\s*", "", imo.strip(), flags=re.I)
        if imo and not imo_valid(imo):
            self.problems.append(f"{where}: IMO number {imo!r} of {name!r} fails its check "
                                 "digit; row skipped")
            return
        mmsi = mmsi.strip()
        if mmsi and not mmsi_valid(mmsi):
            self.problems.append(f"{where}: MMSI {mmsi!r} of {name!r} is not nine digits of a "
                                 "ship station; MMSI left out")
            mmsi = ""
        code = flag_code(flag, self.gazetteer) if flag.strip() else None
        if flag.strip() and code is None:
            self.problems.append(f"{where}: unknown flag {flag!r} of {name!r}; flag left out")
        owner_id = self.owner(owner, span) if owner.strip() else None
        former = [x for x in (former or []) if x and x != name]
        self.entities.append(Entity(
            id=f"e{len(self.entities) + 1}", type="Vessel", name=name,
            aliases=sorted({a for a in [*(aliases or []), *former] if a and a != name}),
            imo=imo or None, mmsi=mmsi or None, flag=code, vessel_type=vtype.strip().lower() or None,
            call_sign=call_sign.strip() or None, former_names=former, owner=owner_id,
            mentions=[span]))

    def owner(self, name: str, span: Evidence, kind: str = "Organization") -> str:
        name = " ".join(name.split())
        entity = self.owners.get(name.casefold())
        if entity is None:
            entity = Entity(id=f"e{len(self.entities) + 1}", type=kind, name=name)  # type: ignore[arg-type]
            self.entities.append(entity)
            self.owners[name.casefold()] = entity
        if span not in entity.mentions:
            entity.mentions.append(span)
        return entity.id

    def result(self) -> Imported:
        return Imported(Facts(document=self.doc, entities=self.entities), self.problems)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line
        pos += len(line)


def _from_csv(doc: Document, gazetteer: Gazetteer) -> Imported:
    b = _Builder(doc, gazetteer)
    text = doc.text
    spans: list[tuple[int, int]] = []
    lines = _lines(text)

    def feed() -> Iterator[str]:
        for pos, line in lines:
            spans.append((pos, pos + len(line)))
            yield line

    dialect = csv.excel_tab if "\t" in text.split("\n", 1)[0] else csv.excel
    reader = csv.reader(feed(), dialect)
    header = next(reader, None)
    if not header:
        raise ReadError(f"{doc.path}: no header row")
    columns = [_HEADER_ALIASES.get(h.strip().lower(), h.strip().lower()) for h in header]
    if "name" not in columns:
        raise ReadError(f"{doc.path}: the header has no 'name' column (columns: "
                        f"{', '.join(h.strip() for h in header)}); expected some of "
                        f"{', '.join(CSV_COLUMNS)}")
    consumed = len(spans)
    for row in reader:
        first, last = spans[consumed], spans[-1]
        line_no = consumed + 1
        consumed = len(spans)
        if not any(cell.strip() for cell in row):
            continue
        start, end = first[0], last[1]
        while end > start and text[end - 1] == "\n":
            end -= 1
        span = Evidence(start=start, end=end, text=text[start:end])
        values = dict(zip(columns, row, strict=False))
        if len(row) > len(columns):
            b.problems.append(f"line {line_no}: {len(row)} fields under {len(columns)} columns; "
                              "extra fields ignored")
        b.vessel(f"line {line_no}", span, values.get("name", ""), values.get("imo", ""),
                 values.get("mmsi", ""), values.get("flag", ""), values.get("type", ""),
                 values.get("owner", ""), values.get("call_sign", ""),
                 _split(values.get("former_names", "")), _split(values.get("aliases", "")))
    return b.result()


def _split(cell: str) -> list[str]:
    return [x.strip() for x in re.split(r"[;|]", cell or "") if x.strip()]


def _from_ftm(doc: Document, gazetteer: Gazetteer) -> Imported:
    b = _Builder(doc, gazetteer)
    entities: dict[str, tuple[dict[str, Any], Evidence, int]] = {}
    for n, (pos, line) in enumerate(_lines(doc.text), start=1):
        body = line.rstrip("\n")
        if not body.strip():
            continue
        try:
            obj = json.loads(body)
        except json.JSONDecodeError as exc:
            b.problems.append(f"line {n}: not JSON ({exc.msg}); line skipped")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("properties"), dict) \
                or not obj.get("schema") or not obj.get("id"):
            b.problems.append(f"line {n}: not a FollowTheMoney entity (needs id, schema, "
                              "properties); line skipped")
            continue
        entities[str(obj["id"])] = (obj, Evidence(start=pos, end=pos + len(body), text=body), n)
    owners_of: dict[str, list[str]] = {}
    for obj, _, _ in entities.values():
        if obj["schema"] == "Ownership":
            props = obj["properties"]
            for asset in _values(props, "asset"):
                owners_of.setdefault(asset, []).extend(_values(props, "owner"))
    for ent_id in sorted(entities, key=lambda k: entities[k][2]):
        obj, span, n = entities[ent_id]
        if obj["schema"] != "Vessel":
            continue
        props = obj["properties"]
        names = _values(props, "name")
        owner_name = ""
        for ref in _values(props, "owner") + owners_of.get(ent_id, []):
            if ref in entities and entities[ref][0]["schema"] in _OWNER_SCHEMATA:
                owner_name = (_values(entities[ref][0]["properties"], "name") or [""])[0]
                if owner_name:
                    kind = "Person" if entities[ref][0]["schema"] == "Person" else "Organization"
                    b.owner(owner_name, entities[ref][1], kind)
                    break
        b.vessel(f"line {n}", span, names[0] if names else "",
                 (_values(props, "imoNumber") or [""])[0], (_values(props, "mmsi") or [""])[0],
                 (_values(props, "flag") or [""])[0], (_values(props, "type") or [""])[0],
                 owner_name, (_values(props, "callSign") or [""])[0],
                 _values(props, "previousName") + _values(props, "pastNames"),
                 names[1:] + _values(props, "alias"))
    return b.result()


def _values(props: dict[str, Any], key: str) -> list[str]:
    value = props.get(key, [])
    if isinstance(value, str):
        value = [value]
    return [v["id"] if isinstance(v, dict) and "id" in v else str(v) for v in value
            if isinstance(v, str | dict)]
