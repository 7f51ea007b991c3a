"""Plain data passed between the pipeline's stages (see eval/FORMAT.md)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

FACTS_FORMAT = "shipgraph-facts/1"

EntityType = Literal["Vessel", "Port", "State", "Person", "Organization", "Place"]
ENTITY_TYPES: tuple[str, ...] = ("Vessel", "Port", "State", "Person", "Organization", "Place")
EVENT_TYPES: tuple[str, ...] = (
    "PortCall", "Transfer", "ShipToShipTransfer", "AISGap", "Detention", "Seizure", "Sanction",
    "Attack",
)

# The analysts' scale of estimative probability, weakest to strongest, and "reported"
# for flat statements; the numbers are the scale's usual mid-points.
CONFIDENCE_LEVELS: dict[str, float] = {
    "remote": 0.03,
    "highly unlikely": 0.13,
    "unlikely": 0.3,
    "realistic possibility": 0.45,
    "likely": 0.7,
    "highly likely": 0.85,
    "almost certain": 0.97,
    "reported": 0.9,
}


class Document(BaseModel):
    """One report: its text is kept whole so every evidence offset can be checked."""

    id: str
    title: str = ""
    date: str | None = None
    source: str | None = None
    text: str
    path: str | None = None
    sha256: str = ""
    body_start: int = 0
    # "report" (built from text) or "dataset" (imported reference data, kept by build --prune)
    kind: Literal["report", "dataset"] = "report"
    # What the reader noticed and worked around (an implausible date line...); not stored.
    warnings: list[str] = Field(default_factory=list, exclude=True)
    # Names the source set in emphasis ("**Nova Ray**" in Markdown), whose marks the text has
    # blanked: where each stands in the text; not stored.
    emphasis: list[tuple[int, int]] = Field(default_factory=list, exclude=True)

    def header(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "date": self.date, "source": self.source}


class Evidence(BaseModel):
    """A span of a document's text that states a claim."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str = ""


class Entity(BaseModel):
    """A named thing; attributes apply by type, as in followthemoney's schemata."""

    id: str
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    iri: str | None = None
    # Vessel
    imo: str | None = None
    mmsi: str | None = None
    flag: str | None = None
    vessel_type: str | None = None
    call_sign: str | None = None
    owner: str | None = None  # id of the Organization or Person that owns the vessel
    former_names: list[str] = Field(default_factory=list)
    # Port, Place
    country: str | None = None
    unlocode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    # State
    iso: str | None = None
    mentions: list[Evidence] = Field(default_factory=list)

    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]


class Event(BaseModel):
    """An n-ary claim: who did what, where, when, how surely, and where it is said."""

    id: str = ""
    type: str
    vessel: str | None = None
    port: str | None = None
    origin: str | None = None
    destination: str | None = None
    vessels: list[str] | None = None
    location: str | None = None
    target: str | None = None
    authority: str | None = None
    cargo: str | None = None
    activity: str | None = None
    date: str | None = None
    confidence: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Facts(BaseModel):
    """What one document says: the unit that extract prints and build stores."""

    format: str = FACTS_FORMAT
    document: Document
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_json_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The facts JSON of FORMAT.md; None-valued keys and empty lists are left out."""
        doc = self.document.header()
        if include_text:
            doc["text"] = self.document.text
        return {
            "format": self.format,
            "document": doc,
            "entities": [_compact(e.model_dump()) for e in self.entities],
            "events": [_compact(e.model_dump()) for e in self.events],
        }


def _compact(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != []}
