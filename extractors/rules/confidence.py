"""How much each construction is trusted: its base confidence, before modality.

Each rule names the construction that found a fact (`Found.rule`, the
`extractor` of the JSONL and `aikg:extractor` in RDF: "rules.en.verb.passive").
A fact's confidence is its construction's base, times a factor for its status
(a hedged fact is less sure), times `COREF_FACTOR` when an argument was found
through coreference ("the company").
"""
from __future__ import annotations

# construction -> base confidence
BASE = {
    "verb.active": 0.85, "verb.passive": 0.8, "verb.fronted-participle": 0.8,
    "verb.sale": 0.85, "verb.sale-passive": 0.8, "verb.purchase": 0.85, "verb.symmetric": 0.85, "verb.round": 0.85,
    "verb.round-owner": 0.85, "verb.money-into": 0.8, "verb.invest-partnership": 0.75, "verb.round-talks": 0.7, "verb.cosubject": 0.85, "verb.founds-organisation": 0.85,
    "verb.alleges": 0.85, "verb.lawsuit-allegation": 0.8, "verb.sues-to-block": 0.6,
    "noun.nominal": 0.75, "noun.sale": 0.7, "noun.between": 0.75, "noun.symmetric": 0.75, "noun.round-owner": 0.75, "noun.goes-to": 0.7, "noun.pronoun": 0.65, "noun.adds-to": 0.65,
    "possessive.owner": 0.6, "possessive.product": 0.6,
    "role.apposition": 0.8, "role.subject": 0.8, "role.listed": 0.8, "role.include": 0.8,
    "role.before-comma": 0.8, "role.compound": 0.8, "role.post": 0.8, "role.as": 0.8,
    "role.after-comma": 0.8, "role.copula": 0.8, "role.coordinated": 0.8, "role.maker": 0.7,
    "place.hyphen-based": 0.75, "place.based-verb": 0.75, "place.seat": 0.75, "place.demonym": 0.7,
    # lists and investors (extractors/rules/lists.py)
    "list.funded-earlier": 0.7, "list.raised-with": 0.75, "list.participation-with": 0.8, "list.colon": 0.75,
    "role.among": 0.8, "role.funded-earlier": 0.7,
    "place.modifier": 0.7, "place.possessive": 0.65, "place.possessive-named": 0.6, "place.founded-in": 0.7,
    "hyphen.modifier": 0.75, "deal.collapsed": 0.7,
    "verb.uses-goods": 0.8, "noun.uses-goods": 0.7, "noun.supply-deal": 0.55, "noun.for-use": 0.65, "verb.builds-for": 0.7, "noun.builds-for": 0.65,
    "role.title": 0.8, "role.title-context": 0.6, "role.as-context": 0.6, "role.description": 0.6,
    "role.at": 0.75, "role.copula-context": 0.6,
    "product.possessive": 0.7, "product.complement": 0.7, "product.apposition": 0.7,
    "owned.possessive": 0.65, "owned.complement": 0.65, "owned.apposition": 0.65,
    "behind.owner": 0.7, "behind.product": 0.7, "pit.verb": 0.75, "pit.headline": 0.65, "rivalry.put": 0.7,
    "rivalry.list": 0.75, "deal.enables": 0.65, "product.named": 0.7, "product.integrated": 0.6,
    # names that tell a fact (extractors/rules/names.py)
    "name.maker-prefix": 0.7,
}
STATUS_FACTOR = {"completed": 1.0, "announced": 0.95, "planned": 0.9, "in-talks": 0.85,
                 "reported": 0.85, "possible": 0.8, "denied": 1.0}
COREF_FACTOR = 0.85


def confidence(rule: str, status: str, via_coref: bool) -> float:
    """The confidence of a fact found by construction `rule` with `status`."""
    conf = BASE[rule] * STATUS_FACTOR.get(status, 0.8) * (COREF_FACTOR if via_coref else 1.0)
    return round(conf, 3)
