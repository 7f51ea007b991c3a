"""Errors a user can cause; the CLI prints them on one line and exits non-zero."""


class ShipgraphError(Exception):
    """Base class: the message is written for a person."""


class ReadError(ShipgraphError):
    """A file could not be read as a report."""


class QueryError(ShipgraphError):
    """A SPARQL query was malformed or failed."""


class StoreError(ShipgraphError):
    """The store could not be opened or written."""


class EntityLookupError(ShipgraphError):
    """A name matched no entity, or several."""
