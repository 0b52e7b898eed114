"""SHACL shapes: graphs aikg builds conform; broken ones do not."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from graph.rdf import AIKG, build_rdf
from test_rdf import ent, fact_node, seed_graph

pytest.importorskip("pyshacl")
from graph.shacl import validate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"


def test_the_hand_built_graph_conforms():
    report = validate(seed_graph())
    assert report.conforms, report.messages


def _broken(change):
    g = build_rdf(seed_graph())
    change(g)
    return validate(g)


def test_an_entity_with_two_labels_fails():
    report = _broken(lambda g: g.add((ent("openai"), RDFS.label, Literal("Open AI"))))
    assert not report.conforms and any("label" in m for m in report.messages)


def test_a_fact_without_evidence_or_with_a_bad_status_fails():
    def change(g):
        node = fact_node(g, ent("softbank"), AIKG["invests-in"], ent("openai"))
        g.remove((node, AIKG.evidence, None))
        g.set((node, AIKG.status, Literal("rumoured")))
        g.set((node, AIKG.confidence, Literal("1.5", datatype=URIRef(
            "http://www.w3.org/2001/XMLSchema#decimal"))))
    report = _broken(change)
    assert not report.conforms
    text = " ".join(report.messages)
    assert "evidence" in text and "status" in text and "confidence" in text


def test_a_plain_triple_outside_its_domain_fails():
    def change(g):
        g.add((ent("chine"), AIKG["invests-in"], ent("openai")))      # a Place investing
        g.set((ent("deepseek"), RDF.type, AIKG.Fact))                   # not an entity class
    report = _broken(change)
    assert not report.conforms
    assert any("subject of aikg:invests-in" in m for m in report.messages)


@pytest.mark.slow
@pytest.mark.parametrize("folder", [ROOT / "seeds", DEV_DOCS], ids=["seeds", "dev"])
def test_graphs_built_from_articles_conform(folder):
    if not folder.exists():
        pytest.skip(f"{folder} is not here")
    from extractors.extract import extract
    from graph.cli import _knowledge_graph
    kg = _knowledge_graph(extract([str(folder)]))
    assert len(kg.facts) > 0
    report = validate(kg)
    assert report.conforms, "\n".join(report.messages[:20])


# -- the files on disk, checked by pySHACL's own command as a user runs it ---------
SHAPES = ROOT / "graph" / "data" / "shapes.ttl"


def pyshacl_cli(path: Path, *options: str):
    """`pyshacl -s graph/data/shapes.ttl [options] FILE`: (exit code, report text)."""
    import subprocess
    import sys

    script = Path(sys.executable).with_name("pyshacl")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pyshacl"]
    done = subprocess.run(command + ["-s", str(SHAPES), *options, str(path)],
                          capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout + done.stderr


# pySHACL guesses a data file's format from .ttl, .nt and .json, not .jsonld
FORMAT_OPTIONS = {"turtle": (), "ntriples": (), "jsonld": ("-df", "json-ld")}


@pytest.fixture(scope="module")
def written_files(tmp_path_factory):
    from made_up import written
    return written(tmp_path_factory.mktemp("built"))


@pytest.mark.parametrize("fmt", list(FORMAT_OPTIONS))
def test_each_written_file_conforms_under_pyshacl(written_files, fmt):
    code, text = pyshacl_cli(written_files[fmt], *FORMAT_OPTIONS[fmt])
    assert "Conforms: True" in text and code == 0, text[:3000]


def test_graph_ttl_carries_the_vocabulary_and_still_conforms(written_files):
    text = written_files["turtle"].read_text(encoding="utf-8")
    assert 'rdfs:label "organization"@en , "organisation"@fr' in text   # labelled, not an entity


def _break(path: Path, folder: Path, edit) -> Path:
    broken = folder / path.name
    broken.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return broken


def test_a_broken_turtle_file_fails_under_pyshacl(written_files, tmp_path):
    # a second label, a fact of an unknown status, a Place that invests
    extra = ('\nentity:hooli rdfs:label "Hooli Inc" .\n'
             'entity:springfield aikg:invests-in entity:initech .\n')

    def edit(text):
        text = re.sub(r'aikg:status "[a-z-]+"', 'aikg:status "rumoured"', text, count=1)
        return text + extra
    code, text = pyshacl_cli(_break(written_files["turtle"], tmp_path, edit))
    assert code == 1 and "Conforms: False" in text
    assert "an entity has exactly one non-empty rdfs:label" in text
    assert "a fact's status is one of the controlled list" in text
    assert "the subject of aikg:invests-in must be Organization or Person" in text


def test_an_untyped_entity_a_fact_names_fails_under_pyshacl(written_files, tmp_path):
    typed = (f"<{ENTITY_NS}hooli> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
             f"<https://aikg.dev/ontology#Organization> .\n")

    def edit(text):
        assert typed in text
        return text.replace(typed, "")
    code, text = pyshacl_cli(_break(written_files["ntriples"], tmp_path, edit))
    assert code == 1 and "exactly one class" in text and "hooli" in text


ENTITY_NS = "https://aikg.dev/id/entity/"


@pytest.mark.slow
def test_aikg_build_on_the_seeds_writes_files_that_conform(tmp_path):
    from graph.cli import main
    assert main(["build", str(ROOT / "seeds"), "--out", str(tmp_path), "--quiet",
                 "--format", "ttl,nt,jsonld"]) == 0
    for fmt, name in (("turtle", "graph.ttl"), ("ntriples", "graph.nt"),
                      ("jsonld", "graph.jsonld")):
        code, text = pyshacl_cli(tmp_path / name, *FORMAT_OPTIONS[fmt])
        assert code == 0 and "Conforms: True" in text, (name, text[:3000])
