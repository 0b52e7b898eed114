from extractors.triple import Attributes, Triple
from graph.canonical import name_key, slug
from graph.model import KnowledgeGraph


def t(s, p, o, doc="a.txt", **attrs):
    return Triple(doc, "en", s, "Organization", p, o, "Organization", Attributes(**attrs),
                  sentence=f"Evidence from {doc}.", confidence=0.8, extractor="test")


def test_names_merge_across_case_accents_and_legal_suffixes():
    assert name_key("OpenAI Inc.") == name_key("openai") == name_key("OpenAI")
    assert name_key("Nvidia Corp.") == name_key("NVIDIA")
    assert name_key("Anthropic PBC") == name_key("Anthropic") and name_key("OpenAI LP") == name_key("OpenAI")
    assert name_key("Société Générale SA") == name_key("societe generale")
    assert name_key("The New York Times") == name_key("New York Times")
    assert slug("Mistral AI") == "mistral-ai" and slug("<>") == "entity"
    # articles go only when they are words of their own
    assert name_key("Lenovo") == "lenovo" and name_key("Theranos") == "theranos"
    assert name_key("L'Oréal") == "oreal" and name_key("Le Monde") == "monde"


def test_facts_merge_across_sentences_and_articles():
    kg = KnowledgeGraph().add_all([
        t("SoftBank", "invests-in", "OpenAI Inc.", amount=25e9, currency="USD", status="possible"),
        t("Softbank", "invests-in", "OpenAI", doc="b.txt", status="completed"),
        t("SoftBank", "invests-in", "OpenAI", doc="b.txt"),  # same evidence twice
    ])
    [fact] = kg.facts.values()
    assert (fact.subject, fact.object) == ("softbank", "openai")
    assert fact.sources == ["a.txt", "b.txt"] and len(fact.evidence) == 2
    assert fact.amount == 25e9 and fact.status == "completed"
    assert 0.95 < fact.confidence < 1
    assert kg.entities["openai"].name == "OpenAI" and "OpenAI Inc." in kg.entities["openai"].aliases


def test_symmetric_facts_merge_whatever_the_direction():
    kg = KnowledgeGraph().add_all([t("Orange", "partners-with", "OpenAI"),
                                   t("OpenAI", "partners-with", "Orange", doc="b.txt")])
    assert len(kg.facts) == 1


def test_denied_facts_are_kept_apart_and_aliases_apply():
    kg = KnowledgeGraph(aliases={"aws": "amazonwebservices"}).add_all([
        t("Apple", "invests-in", "OpenAI", negated=True, status="denied"),
        t("Apple", "invests-in", "OpenAI"),
        t("AWS", "supplies", "Anthropic"), t("Amazon Web Services", "supplies", "Anthropic"),
    ])
    assert {f.negated for f in kg.facts.values() if f.predicate == "invests-in"} == {True, False}
    assert sum(f.predicate == "supplies" for f in kg.facts.values()) == 1
    g = kg.to_networkx()
    assert g.number_of_edges() == 3 and g.nodes["openai"]["type"] == "Organization"


def test_merging_does_not_depend_on_arrival_order():
    triples = [t("A", "invests-in", "B", doc="1.txt", amount=1.0, currency="USD"),
               t("A", "invests-in", "B", doc="2.txt", amount=2.0, currency="EUR")]
    one = KnowledgeGraph().add_all(triples)
    two = KnowledgeGraph().add_all(reversed(triples))
    f1, f2 = next(iter(one.facts.values())), next(iter(two.facts.values()))
    assert (f1.amount, f1.currency, f1.evidence) == (f2.amount, f2.currency, f2.evidence)


def test_a_fact_told_ten_thousand_times_is_one_fact_with_all_its_sources():
    from rdflib import XSD, Literal
    from rdflib.namespace import Namespace
    from graph.rdf import build_rdf
    kg = KnowledgeGraph()
    n = 10_000
    # arrival out of date order: the first and last seen come from the dates, not the order
    for i in reversed(range(n)):
        kg.add(t("Nvidia", "invests-in", "OpenAI", doc=f"d{i:05}.txt", status="completed"))
        kg.add(t("Nvidia", "invests-in", "OpenAI", doc=f"d{i:05}.txt", status="completed"))  # told twice: once
    for i in range(n):
        kg.describe(f"d{i:05}.txt", date=f"{2020 + i % 5}-{1 + i % 12:02}-{1 + i % 28:02}")
    [fact] = kg.facts.values()
    assert len(fact.sources) == n and len(fact.evidence) == n
    assert fact.evidence[0].doc == "d00000.txt" and fact.evidence[-1].doc == f"d{n - 1:05}.txt"
    assert fact.confidence == 1.0 and fact.status == "completed"
    g = build_rdf(kg)
    AIKG = Namespace("https://aikg.dev/ontology#")
    [node] = g.subjects(AIKG.sourceCount, None)
    assert g.value(node, AIKG.sourceCount).toPython() == n
    assert g.value(node, AIKG.firstSeen) == Literal("2020-01-01", datatype=XSD.date)
    assert g.value(node, AIKG.lastSeen) == Literal("2024-12-28", datatype=XSD.date)


def test_a_fact_read_between_additions_is_settled_each_time():
    kg = KnowledgeGraph().add_all([t("A", "acquires", "B", doc="b.txt", status="possible")])
    assert kg.facts[("a", "acquires", "b", False)].status == "possible"
    kg.add(t("A", "acquires", "B", doc="a.txt", status="completed", amount=5.0, currency="USD"))
    fact = kg.facts[("a", "acquires", "b", False)]
    assert (fact.status, fact.amount, [e.doc for e in fact.evidence]) == ("completed", 5.0, ["a.txt", "b.txt"])
