"""The IRIs aikg writes under: the vocabulary's namespaces and those of minted IRIs.

Plain strings, no RDF library: the command line, queries and sources read them
without loading rdflib (graph/rdf.py builds on them).
"""
from __future__ import annotations

import re

from extractors.errors import InputError

DEFAULT_BASE = "https://aikg.dev/id/"

# prefixes bound in every graph aikg writes (and predeclared in queries)
NAMESPACES = {
    "aikg": "https://aikg.dev/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_ABSOLUTE_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


def check_base(base: str) -> str:
    """`base` as IRIs are minted under it (ending in / or #); InputError if it is no absolute IRI."""
    if not _ABSOLUTE_IRI.match(base or ""):
        raise InputError(f"base IRI {base!r} is not an absolute IRI; "
                         f"use one like {DEFAULT_BASE!r}")
    return base if base.endswith(("/", "#")) else base + "/"


def id_namespaces(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Prefixes for the IRIs minted under `base`: entity, fact, evidence, article, correction."""
    base = check_base(base)
    return {name: f"{base}{name}/" for name in ("article", "correction", "entity", "evidence", "fact")}
