"""The RDF model: vocabulary, IRIs, plain triples, fact nodes, Turtle round trips."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, SKOS

from extractors.errors import InputError
from extractors.triple import PREDICATES, SYMMETRIC, Attributes, Triple
from graph import exporters
from graph.model import Article, KnowledgeGraph
from graph.rdf import AIKG, DEFAULT_BASE, build_rdf, entity_slugs, vocabulary

DOC = "seeds/000_test.txt"
ENTITY = DEFAULT_BASE + "entity/"


def triple(s, p, o, *, stype="Organization", otype="Organization", doc=DOC, sentence=None,
           start=0, **attrs) -> Triple:
    sentence = sentence or f"{s} {p} {o}."
    return Triple(doc, "fr", s, stype, p, o, otype, Attributes(**attrs), sentence,
                  start, start + len(sentence), 0.8, "rules.fr")


def seed_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph().add_all([
        triple("SoftBank", "invests-in", "OpenAI", amount=25e9, currency="USD",
               status="possible", cue="pourrait",
               sentence="SoftBank pourrait investir jusqu'à 25 milliards de dollars dans OpenAI."),
        triple("Microsoft", "invests-in", "OpenAI Inc.", year=2019, start=100),
        triple("Microsoft", "invests-in", "OpenAI", year=2019, doc="seeds/other.txt"),
        triple("Apple", "invests-in", "OpenAI", negated=True, start=200,
               sentence="Apple n'investira pas dans OpenAI."),
        triple("DeepSeek", "based-in", "Chine", otype="Place", start=300),
        triple("OpenAI", "partners-with", "Microsoft", start=400),
    ])
    kg.add_article(Article(DOC, "fr", title="SoftBank et OpenAI", date="2025-01-30"))
    return kg


def ent(slug: str) -> URIRef:
    return URIRef(ENTITY + slug)


def fact_node(g: Graph, s: URIRef, p: URIRef, o: URIRef) -> URIRef:
    (node,) = [n for n in g.subjects(RDF.subject, s)
               if (n, RDF.predicate, p) in g and (n, RDF.object, o) in g]
    return node


# -- vocabulary ---------------------------------------------------------------
def test_vocabulary_declares_twelve_properties_with_english_and_french_labels():
    v = vocabulary()
    relations = {p for p in v.subjects(RDF.type, OWL.ObjectProperty) if p != AIKG.evidence}
    assert {str(p).split("#")[1] for p in relations} == set(PREDICATES)
    for p in relations:
        langs = {label.language for label in v.objects(p, RDFS.label)}
        assert {"en", "fr"} <= langs, p
        assert (p, RDFS.domain, None) in v and (p, RDFS.range, None) in v, p
        assert (p, RDFS.comment, None) in v, p
    symmetric = {str(p).split("#")[1] for p in v.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(SYMMETRIC) == {"partners-with", "competes-with"}


def test_vocabulary_classes_and_alignments():
    v = vocabulary()
    schema = "https://schema.org/"
    for name in ("Organization", "Person", "Place", "Product", "Project"):
        assert (AIKG[name], RDFS.subClassOf, URIRef(schema + name)) in v
    assert (AIKG.founded, OWL.inverseOf, URIRef(schema + "founder")) in v
    assert (AIKG.owns, RDFS.subPropertyOf, URIRef(schema + "subOrganization")) in v
    assert (AIKG["based-in"], RDFS.subPropertyOf, URIRef(schema + "location")) in v
    (inverse,) = v.objects(AIKG["invests-in"], RDFS.subPropertyOf)
    assert (inverse, OWL.inverseOf, URIRef(schema + "funder")) in v
    # a domain of Organization-or-Person is an owl:unionOf
    (domain,) = v.objects(AIKG["invests-in"], RDFS.domain)
    members = set(v.items(v.value(domain, OWL.unionOf)))
    assert members == {AIKG.Organization, AIKG.Person}


def test_every_aikg_term_the_data_uses_is_declared_with_labels():
    g, v = build_rdf(seed_graph()), vocabulary()
    used = {t for triple_ in g for t in triple_ if isinstance(t, URIRef) and t.startswith(AIKG)}
    assert used, "the data uses the vocabulary"
    for term in used:
        assert (term, RDF.type, None) in v, term
        assert {lbl.language for lbl in v.objects(term, RDFS.label)} >= {"en", "fr"}, term


# -- data graph ---------------------------------------------------------------
def test_entities_are_typed_and_labelled_with_aliases():
    g = build_rdf(seed_graph())
    openai = ent("openai")
    assert (openai, RDF.type, AIKG.Organization) in g
    assert (openai, RDFS.label, Literal("OpenAI")) in g
    assert (openai, SKOS.altLabel, Literal("OpenAI Inc.")) in g
    assert (ent("chine"), RDF.type, AIKG.Place) in g


def test_plain_triple_for_asserted_facts_not_for_negated_ones():
    g = build_rdf(seed_graph())
    invests = AIKG["invests-in"]
    assert (ent("softbank"), invests, ent("openai")) in g
    assert (ent("microsoft"), invests, ent("openai")) in g
    assert (ent("apple"), invests, ent("openai")) not in g
    # the denied fact keeps its node and its evidence
    node = fact_node(g, ent("apple"), invests, ent("openai"))
    assert g.value(node, AIKG.negated) == Literal(True)
    assert (node, AIKG.evidence, None) in g


def test_symmetric_facts_are_stated_both_ways_with_one_fact_node():
    g = build_rdf(seed_graph())
    partners = AIKG["partners-with"]
    assert (ent("openai"), partners, ent("microsoft")) in g
    assert (ent("microsoft"), partners, ent("openai")) in g
    assert len(set(g.subjects(RDF.predicate, partners))) == 1


def test_fact_node_carries_attributes_and_provenance():
    g = build_rdf(seed_graph())
    node = fact_node(g, ent("softbank"), AIKG["invests-in"], ent("openai"))
    assert (node, RDF.type, AIKG.Fact) in g and (node, RDF.type, RDF.Statement) in g
    amount = g.value(node, AIKG.amount)
    assert amount.datatype == rdflib.XSD.decimal and int(amount.toPython()) == 25_000_000_000
    assert g.value(node, AIKG.currency) == Literal("USD")
    assert g.value(node, AIKG.status) == Literal("possible")
    assert g.value(node, AIKG.cue) == Literal("pourrait")
    assert g.value(node, AIKG.negated) == Literal(False)
    assert g.value(node, AIKG.sourceCount).toPython() == 1
    (ev,) = g.objects(node, AIKG.evidence)
    assert "25 milliards" in g.value(ev, AIKG.sentence)
    assert g.value(ev, AIKG.sentence).language == "fr"
    assert g.value(ev, AIKG.start).datatype == rdflib.XSD.integer
    article = g.value(ev, PROV.wasDerivedFrom)
    assert (article, RDF.type, PROV.Entity) in g
    assert str(g.value(article, AIKG.path)) == DOC
    assert str(g.value(article, URIRef("http://purl.org/dc/terms/title"))) == "SoftBank et OpenAI"


def test_fact_seen_in_two_articles_counts_two_sources():
    g = build_rdf(seed_graph())
    node = fact_node(g, ent("microsoft"), AIKG["invests-in"], ent("openai"))
    assert g.value(node, AIKG.sourceCount).toPython() == 2
    assert len(set(g.objects(node, PROV.wasDerivedFrom))) == 2
    assert len(set(g.objects(node, AIKG.evidence))) == 2
    assert g.value(node, AIKG.year) == Literal("2019", datatype=rdflib.XSD.integer)


def test_colliding_slugs_get_distinct_stable_iris():
    kg = KnowledgeGraph().add_all([
        triple("Hello World", "owns", "Hello_World"),      # keys helloworld / hello_world
        triple("hello__world", "supplies", "Mistral AI"),  # key hello__world, same slug again
        triple("Mistral-AI", "competes-with", "Ünïcode"),  # merges onto mistralai
        triple("深度求索", "develops", "百度", otype="Product"),  # no ASCII: hashed slugs
    ])
    assert len(kg.entities) == 7
    slugs = entity_slugs(kg)
    assert len(set(slugs.values())) == len(slugs)
    assert slugs == entity_slugs(kg)
    # the first key in sorted order keeps the bare slug, the others get a hash of their key
    assert slugs["hello__world"] == "hello-world"
    for other in ("hello_world", "helloworld"):
        assert re.fullmatch(r"hello-world-[0-9a-f]{8}", slugs[other])
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) for s in slugs.values())
    assert all(re.fullmatch(r"entity-[0-9a-f]{8}", slugs[kg.entity_key(n)])
               for n in ("深度求索", "百度"))


def test_base_must_be_an_absolute_iri():
    with pytest.raises(InputError):
        build_rdf(seed_graph(), base="not an iri")
    g = build_rdf(seed_graph(), base="http://example.org/kg")
    assert (URIRef("http://example.org/kg/entity/openai"), RDF.type, AIKG.Organization) in g


# -- Turtle -------------------------------------------------------------------
def _oxigraph_triples(text: str) -> list:
    return list(ox.parse(text, format=ox.RdfFormat.TURTLE))


def _canonical(quads) -> ox.Dataset:
    d = ox.Dataset(quads)
    d.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return d


def test_turtle_reparses_in_pyoxigraph_with_the_same_triples():
    kg = seed_graph()
    text = exporters.get("ttl").generate(kg)
    expected = build_rdf(kg) + vocabulary()
    quads = _oxigraph_triples(text)
    assert len(quads) == len(expected) > 100
    # isomorphic: both sides canonicalised by Oxigraph (RDFC-1.0) compare equal
    from_rdflib = _oxigraph_triples(expected.serialize(format="nt"))
    assert _canonical(quads) == _canonical(from_rdflib)
    assert isomorphic(Graph().parse(data=text, format="turtle"), expected)


def test_turtle_is_byte_identical_across_builds():
    a = exporters.get("turtle").generate(seed_graph())
    b = exporters.get("turtle").generate(seed_graph())
    assert a == b
    assert not any(isinstance(t, BNode) for t3 in build_rdf(seed_graph()) for t in t3)
    assert exporters.get("turtle").generate(seed_graph(), vocabulary=False) in a


def test_turtle_changes_when_the_input_does():
    kg = seed_graph()
    before = exporters.get("turtle").generate(kg)
    kg.add(triple("Nvidia", "supplies", "OpenAI", start=500))
    assert exporters.get("turtle").generate(kg) != before


HOSTILE = ['Quote "Inc"', "Back\\slash", "New\nline\r\x00\x07\x1b", "<Angle> {curly} |pipe|",
           "Emoji 🤖 AI", "Tab\there ^`caret`", "\ud800 lone surrogate", "#hash %20 @at"]


def test_hostile_names_give_valid_turtle_and_iris():
    kg = KnowledgeGraph().add_all(
        triple(name, "invests-in", "OpenAI", doc=f"dir/{name}.txt", sentence=f"{name}\n\x0c…")
        for name in HOSTILE)
    kg.add_article(Article("dir/x.txt", "fr\n; evil", title='T"itle\\\n', date="30 janvier"))
    text = exporters.get("turtle").generate(kg)
    quads = _oxigraph_triples(text)
    assert len(quads) == len(build_rdf(kg) + vocabulary())
    for q in quads:
        for term in (q.subject, q.predicate, q.object):
            if isinstance(term, ox.NamedNode) and "/entity/" in term.value:
                assert re.fullmatch(r"https://aikg\.dev/id/entity/[a-z0-9-]+", term.value)
            if isinstance(term, ox.Literal):
                assert not re.search(r"[\x00-\x1f\x7f]", term.value), term
    labels = {str(o) for o in build_rdf(kg).objects(None, RDFS.label)}
    assert 'Quote "Inc"' in labels and "Back\\slash" in labels and "Emoji 🤖 AI" in labels


def test_turtle_is_byte_identical_across_processes():
    """Set and dict order change with PYTHONHASHSEED; the output must not."""
    import subprocess
    import sys
    code = ("import sys; sys.path.insert(0, 'tests'); from test_rdf import seed_graph; "
            "from graph import exporters; "
            "sys.stdout.write(exporters.get('ttl').generate(seed_graph()))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")}
    assert len(outs) == 1


def test_stake_reaches_the_fact_node_and_the_evidence():
    kg = KnowledgeGraph().add_all([triple("Globex", "invests-in", "Initech", stake=49.0)])
    g = build_rdf(kg)
    stakes = {float(o) for o in g.objects(None, AIKG["stake"])}
    assert stakes == {49.0} and len(list(g.subject_objects(AIKG["stake"]))) == 2
