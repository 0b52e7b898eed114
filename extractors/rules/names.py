"""Facts a name tells by itself: a product named after its maker ("Globex XR300",
"la plateforme Globex Nimbus", "the Globex Cloud for Retail bundle") is developed by
that maker (`name.maker-prefix`). The mention finder (extractors/mentions.py,
`_maker_products`) reads the name; this rule only states the fact, once per sentence
for each such product."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span

from extractors.coref import Ref
from extractors.rules.confidence import confidence
from extractors.rules.frame import Found
from extractors.rules.types import ORG
from extractors.triple import Attributes

RULE = "name.maker-prefix"


def maker_prefix_facts(a, sent: Span, made: list) -> Iterator[Found]:
    """`made`: the article's product mentions that carry their maker's name."""
    res = a.res
    for m in made:
        if not sent.start <= m.start < sent.end:
            continue
        # the maker as the article names it elsewhere ("Globex" -> "Globex Robotics" if so)
        maker = next((res.ref(o) for o in res.mentions if o.text == m.maker and o is not m
                      and res.ref(o).type == ORG), None) or Ref(m.maker, ORG)
        yield Found(maker, "develops", res.ref(m), Attributes(), confidence(RULE), RULE)
