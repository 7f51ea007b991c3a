"""Named SPARQL queries shipped with the package: one .rq file each.

A file starts with comment lines: the first says what the query answers, then one line per
parameter, `# param NAME: KIND [TYPE]`, where KIND is `entity` (a name, alias, IMO number,
UN/LOCODE or IRI, looked up in the graph; TYPE narrows it), `date` (the start of the period
written, 2023 or 2023-06 or 2023-06-19), `date-end` (its end) or `text`. The query body
names each parameter `$NAME`; `render` writes there the value as an RDF term serialised by
pyoxigraph (an IRI it has checked, a literal with quotes and line breaks escaped), so a value
is a constant of the query and can never become query syntax."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources

import pyoxigraph as ox

from ..errors import QueryError
from ..extract.dates import parse_iso

XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
_PARAM = re.compile(r"^#\s*param\s+(?P<name>\w+)\s*:\s*(?P<kind>entity|date-end|date|text)"
                    r"(?:\s+(?P<type>\w+))?\s*$")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    type: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


def _parse(name: str, text: str) -> NamedQuery:
    description, params = "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params.append(Param(m["name"], m["kind"], m["type"]))
        elif not params:
            description = (description + " " + line.lstrip("# ").strip()).strip()
    return NamedQuery(name, description, tuple(params), text)


def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query by name (the file name without .rq), sorted."""
    out = {}
    for item in sorted(resources.files(__name__).iterdir(), key=lambda p: p.name):
        if item.name.endswith(".rq"):
            name = item.name[:-3]
            out[name] = _parse(name, item.read_text(encoding="utf-8"))
    return out


def get(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; there are: {', '.join(queries)}")
    return queries[name]


def parse_params(pairs: list[str]) -> dict[str, str]:
    """key=value strings to a dict; a clear error for anything else."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r}: write it as name=value")
        if key.strip() in out:
            raise QueryError(f"--param {key.strip()!r} is given twice")
        out[key.strip()] = value
    return out


def render(query: NamedQuery, terms: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """The query text with each `$name` written as its RDF term. Terms are serialised by
    pyoxigraph in N-Triples syntax (IRIs checked, quotes and line breaks escaped), so a value
    cannot change the query; written into the text, they are constants the query planner can
    use (an index lookup for an entity, a range for a date), which bound variables are not."""
    def term(m: re.Match[str]) -> str:
        if m.group(1) not in terms:
            raise QueryError(f"query {query.name!r} uses ${m.group(1)} but it is not given")
        return str(terms[m.group(1)])

    return _PLACEHOLDER.sub(term, query.text)


_PLACEHOLDER = re.compile(r"\$(\w+)\b")


def bind(query: NamedQuery, values: dict[str, str], lookup: Callable[[str, str | None], str]
         ) -> dict[str, ox.NamedNode | ox.Literal]:
    """RDF terms for a query's parameters; lookup(name, type) gives an entity's IRI."""
    known = {p.name for p in query.params}
    unknown = sorted(set(values) - known)
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)}; it takes "
                         f"{', '.join(sorted(known)) or 'none'}")
    missing = [p.name for p in query.params if p.name not in values]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param " +
                         ", ".join(f"{m}=..." for m in missing))
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    for p in query.params:
        value = values[p.name]
        if p.kind == "entity":
            out[p.name] = ox.NamedNode(lookup(value, p.type))
        elif p.kind in ("date", "date-end"):
            period = parse_iso(value.strip())
            if period is None:
                raise QueryError(f"--param {p.name}={value!r}: not a date; write 2023, 2023-06 "
                                 "or 2023-06-19")
            day = period.end if p.kind == "date-end" else period.start
            out[p.name] = ox.Literal(day.isoformat(), datatype=XSD_DATE)
        else:
            out[p.name] = ox.Literal(value)
    return out
