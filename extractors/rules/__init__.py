"""Relation rules: one module per family of constructions over spaCy's dependency
parse, dispatched by engine.py; the words they look for come from extractors/lang/."""
