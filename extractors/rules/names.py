"""Facts a name tells by itself: a product named after its maker ("Globex XR300",
"la plateforme Globex Nimbus", "the Globex Cloud for Retail bundle") is developed by
that maker (`name.maker-prefix`). The mention finder (extractors/mentions.py,
`_maker_products`) reads the name; this rule only states the fact, once per sentence
for each such product. A known product followed by "de" and an organisation
("Gemini de Google", "ChatGPT d'OpenAI") is that organisation's (`name.product-of`)."""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span

from extractors.coref import Ref
from extractors.rules.confidence import confidence
from extractors.rules.frame import Found
from extractors.rules.syntax import PREP_NORM
from extractors.rules.types import ORG, PROD
from extractors.triple import Attributes

RULE = "name.maker-prefix"
OF_RULE = "name.product-of"


def product_of_pairs(res, L) -> list[tuple]:
    """(product mention, maker mention) for each known product the article writes right
    before "de"/"of" and an organisation's name: "Gemini de Google", "ChatGPT d'OpenAI"."""
    doc, out = res.doc, []
    for m in res.mentions:
        r = res.ref(m)
        if r.type != PROD or not r.sure or m.end + 1 >= len(doc) \
                or PREP_NORM.get(doc[m.end].lower_, doc[m.end].lower_) not in L.GENITIVE:
            continue
        if m.start > 0 and doc[m.start - 1].lower_ in L.PRODUCT_HEADS:
            continue  # "le chatbot Nimbus de Globex": the product noun's own construction (passing.py)
        o = res.mention_at(m.end + 1)
        if o is not None and o.start == m.end + 1 and res.ref(o).type == ORG:
            out.append((m, o))
    return out


def product_of_facts(a, sent: Span, pairs: list) -> Iterator[Found]:
    res = a.res
    for m, o in pairs:
        if sent.start <= m.start < sent.end:
            yield Found(res.ref(o), "develops", res.ref(m), Attributes(), confidence(OF_RULE), OF_RULE)


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
