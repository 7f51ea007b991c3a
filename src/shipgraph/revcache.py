"""Values derived from document graphs (projection edges, entity records), cached per graph
revision: a graph is read again only when its revision, a hash of its content, has changed."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

VERSION = 2
# Values kept in this process, per cache file, for callers that read twice in one run.
_MEMO: dict[Path, dict[str, tuple[str, Any]]] = {}


def by_revision(revisions: dict[str, str], read: Callable[[str | None], dict[str, Any]],
                empty: Callable[[], Any], cache: Path | None = None, memo: bool = False
                ) -> dict[str, Any]:
    """Graph IRI -> value for every graph in `revisions`. `read(graph)` gives {graph: value}
    for one graph, `read(None)` for all (used when many changed). With a cache file, values
    of graphs whose revision is unchanged come from it; with `memo`, also from this process's
    earlier call, without reading the file again."""
    saved: dict[str, tuple[str, Any]] = {}
    if cache is not None:
        saved = _MEMO[cache] if memo and cache in _MEMO else _load(cache)
    kept = {g: value for g, (rev, value) in saved.items() if revisions.get(g) == rev}
    changed = sorted(g for g in revisions if g not in kept)
    fresh: dict[str, Any] = {}
    if len(changed) > max(50, len(revisions) // 5):
        fresh = read(None)
    else:
        for graph in changed:
            fresh.update(read(graph))
    values = {g: kept[g] if g in kept else fresh.get(g, empty()) for g in revisions}
    if cache is not None:
        entries = {g: (revisions[g], v) for g, v in values.items()}
        if memo:
            _MEMO[cache] = entries
        if changed or set(saved) != set(revisions):
            _save(cache, entries)
    return values


def _load(cache: Path) -> dict[str, tuple[str, Any]]:
    """The cached entries ({} if none, of another version, or damaged)."""
    try:
        with cache.open("rb") as fh:
            saved = pickle.load(fh)
        return dict(saved["graphs"]) if saved.get("version") == VERSION else {}
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, AttributeError, TypeError,
            ValueError):
        return {}


def _save(cache: Path, entries: dict[str, tuple[str, Any]]) -> None:
    try:
        tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump({"version": VERSION, "graphs": entries}, fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:
        pass  # an unwritable workspace: the values are right, only not cached
