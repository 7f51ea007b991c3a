"""Extractors: text to entities, dates and events (see pipeline.py for their order)."""
