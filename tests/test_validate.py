"""aikg validate: the SHACL report as lines or as the standard report graph, and its exit codes."""
from __future__ import annotations

import re
import sys

import pytest
from rdflib import Graph, Literal, Namespace

from graph.cli import main
from made_up import written
from test_rdf import triple

pytest.importorskip("pyshacl")

SH = Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return written(tmp_path_factory.mktemp("built"))


@pytest.fixture(scope="module")
def broken(files, tmp_path_factory):
    """graph.ttl with a second label on Hooli, a fact of an unknown status and a Place investing."""
    text = files["turtle"].read_text(encoding="utf-8")
    text = re.sub(r'aikg:status "[a-z-]+"', 'aikg:status "rumoured"', text, count=1)
    text += ('\nentity:hooli rdfs:label "Hooli Inc" .\n'
             'entity:springfield aikg:invests-in entity:initech .\n')
    path = tmp_path_factory.mktemp("broken") / "graph.ttl"
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys, *args):
    code = main(["validate", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "jsonld"])
def test_a_written_file_conforms_exit_0(files, fmt, capsys):
    code, out, err = run(capsys, files[fmt])
    assert code == 0 and err == ""
    assert out == (f"{files[fmt]}: conforms to the aikg shapes "
                   f"(6 entities, 7 facts, 8 evidence nodes, 2 articles)\n")


def test_a_store_folder_conforms(tmp_path, capsys):
    from graph.store import GraphStore
    GraphStore(tmp_path / "kg").add([triple("Globex", "acquires", "Initech"),
                                     triple("Hooli", "based-in", "Springfield", otype="Place")])
    code, out, _ = run(capsys, tmp_path / "kg")
    assert code == 0 and "conforms to the aikg shapes (4 entities, 2 facts" in out


def test_a_broken_graph_gives_one_readable_line_per_violation_exit_1(broken, capsys):
    code, out, err = run(capsys, broken)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[-1].startswith(f"{broken}: 3 violations of the aikg shapes")
    assert "Hooli / Hooli Inc (entity:hooli)  rdfs:label: an entity has exactly one " \
           "non-empty rdfs:label" in lines
    status = [x for x in lines if "aikg:status" in x]
    assert len(status) == 1 and re.match(
        r'^[A-Z][\w /]+ [a-z-]+ [A-Z][\w /]+ \(fact:[0-9a-f]{16}\)  aikg:status: a fact\'s status is one '
        r'of the controlled list \(value: "rumoured"\)$', status[0]), status
    assert "Springfield (entity:springfield): the subject of aikg:invests-in must be " \
           "Organization or Person" in lines


def test_format_ttl_prints_the_standard_shacl_report(broken, files, capsys):
    code, out, _ = run(capsys, broken, "--format", "ttl")
    assert code == 1
    report = Graph().parse(data=out, format="turtle")
    (node,) = report.subjects(SH.conforms, None)
    assert report.value(node, SH.conforms) == Literal(False)
    assert len(list(report.objects(node, SH.result))) == 3
    code, out, _ = run(capsys, files["turtle"], "--format", "ttl")
    report = Graph().parse(data=out, format="turtle")
    assert code == 0 and set(report.objects(None, SH.conforms)) == {Literal(True)}


def test_a_graph_that_cannot_be_read_exit_2(tmp_path, capsys):
    (tmp_path / "graph.ttl").write_text("<not turtle", encoding="utf-8")
    for path in (tmp_path / "graph.ttl", tmp_path / "missing.ttl", tmp_path):
        code, out, err = run(capsys, path)
        assert code == 2 and out == "" and err.count("\n") == 1 and err.startswith("aikg: error:")


def test_without_pyshacl_it_says_how_to_install_it_in_one_line(files, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyshacl", None)   # `import pyshacl` raises ImportError
    code, out, err = run(capsys, files["turtle"])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "pip install 'aikg[shacl]'" in err and "pySHACL" in err
