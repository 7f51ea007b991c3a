"""shipgraph: maritime event knowledge graphs from reporting on clandestine shipping."""

__version__ = "0.1.0"
