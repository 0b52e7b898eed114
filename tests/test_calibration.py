"""scripts/calibration.py: the maths on plain facts, and classification with a stand-in scorer."""
import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "calibration.py"
_spec = importlib.util.spec_from_file_location("calibration", SCRIPT)
cal = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cal)
Fact = cal.Fact


def facts(n: int, right: int, conf: float, extractor: str = "x", lang: str = "en") -> list:
    return [Fact(conf, i < right, extractor, lang) for i in range(n)]


def test_bucket_boundaries():
    assert cal.bucket_index(0.0) == 0
    assert cal.bucket_index(0.0999) == 0
    assert cal.bucket_index(0.1) == 1
    assert cal.bucket_index(0.3) == 3
    assert cal.bucket_index(0.7) == 7
    assert cal.bucket_index(0.79999) == 7
    assert cal.bucket_index(0.8) == 8
    assert cal.bucket_index(0.85) == 8
    assert cal.bucket_index(0.9) == 9
    assert cal.bucket_index(1.0) == 9
    assert [cal.bucket_label(i) for i in (0, 8, 9)] == ["[0.0,0.1)", "[0.8,0.9)", "[0.9,1.0]"]


def test_calibration_flag():
    assert cal.calibration_flag(0.75, 0.85, 10) == "ok"   # exactly 0.1 away
    assert cal.calibration_flag(0.95, 0.85, 10) == "ok"
    assert cal.calibration_flag(0.74, 0.85, 10) == "off"
    assert cal.calibration_flag(0.96, 0.85, 10) == "off"
    assert cal.calibration_flag(0.0, 0.85, 9) == "-"      # too few facts to judge
    assert cal.calibration_flag(None, 0.85, 0) == "-"


def test_bucket_table():
    rows = cal.bucket_table(facts(10, 9, 0.8) + facts(2, 0, 1.0) + facts(10, 3, 0.65))
    assert len(rows) == 10
    assert rows[8] == {"bucket": "[0.8,0.9)", "midpoint": 0.85, "facts": 10, "right": 9,
                       "share": 0.9, "smoothed": 10 / 12, "mean_confidence": 0.8, "flag": "ok"}
    assert (rows[9]["facts"], rows[9]["right"], rows[9]["flag"]) == (2, 0, "-")
    assert (rows[6]["facts"], rows[6]["right"], rows[6]["flag"]) == (10, 3, "off")
    assert rows[0] == {"bucket": "[0.0,0.1)", "midpoint": 0.05, "facts": 0, "right": 0,
                       "share": None, "smoothed": 0.5, "mean_confidence": None, "flag": "-"}


def test_high_confidence_summary_and_acceptance():
    sample = facts(9, 9, 0.8) + facts(1, 0, 0.95) + facts(5, 0, 0.79)
    high = cal.high_confidence(sample)
    assert (high["facts"], high["right"], high["share"]) == (10, 9, 0.9)
    assert cal.acceptance(cal.bucket_table(sample), high) == {
        "high_ok": True, "buckets_off": [], "passed": True}
    edge = cal.report(sample + facts(3, 0, 0.8), {})  # [0.8,0.9): 9 of 12, 0.1 under 0.85
    assert edge["buckets"][8]["flag"] == "ok"
    assert edge["acceptance"] == {"high_ok": False, "buckets_off": [], "passed": False}
    worse = cal.report(sample + facts(4, 0, 0.8), {})  # 9 of 13
    assert (worse["high"]["facts"], worse["high"]["right"]) == (14, 9)
    assert worse["acceptance"] == {"high_ok": False, "buckets_off": ["[0.8,0.9)"], "passed": False}
    assert (worse["overall"]["facts"], worse["overall"]["right"]) == (19, 9)
    assert cal.acceptance(cal.bucket_table([]), cal.high_confidence([]))["passed"] is True


def test_per_construction_and_language():
    sample = (facts(3, 2, 0.7, "rules.en.verb") + facts(1, 1, 0.9, "rules.en.based")
              + facts(2, 0, 0.6, "rules.fr.verb", "fr"))
    by_rule = cal.group_by(sample, lambda f: f.extractor)
    assert list(by_rule) == ["rules.en.based", "rules.en.verb", "rules.fr.verb"]
    assert by_rule["rules.en.based"] == {"facts": 1, "right": 1, "share": 1.0,
                                         "smoothed": 2 / 3, "mean_confidence": 0.9}
    assert by_rule["rules.en.verb"]["share"] == 2 / 3
    assert by_rule["rules.en.verb"]["smoothed"] == 3 / 5
    assert by_rule["rules.fr.verb"]["smoothed"] == 1 / 4
    by_lang = cal.group_by(sample, lambda f: f.lang)
    assert {k: (v["facts"], v["right"]) for k, v in by_lang.items()} == {"en": (4, 3), "fr": (2, 0)}
    assert cal.smoothed(0, 0) == 0.5


class FakeDoc:
    """The parts of score.Doc that classification reads; names compare lower-cased."""

    def __init__(self, lang, triples, optional=()):
        self.lang, self.triples, self.optional = lang, list(triples), set(optional)

    def find(self, subj, pred, obj, pool):
        s, o = subj.lower(), obj.lower()
        for key in pool:
            if key[1] == pred and ((key[0], key[2]) == (s, o)
                                   or (pred == "partners-with" and (key[2], key[0]) == (s, o))):
                return key
        return None


FAKE_SCORER = SimpleNamespace(norm=str.lower, PREDICATES={"acquires", "partners-with"},
                              SYMMETRIC={"partners-with"})


def telling(s, p, o, conf, ext, doc="d1", **attrs):
    return {"doc": f"some/dir/{doc}.txt", "subject": s, "predicate": p, "object": o,
            "confidence": conf, "extractor": ext, "attributes": attrs}


def test_classify_follows_the_scorer_rules():
    docs = {"d1": FakeDoc("fr", [("a", "acquires", "b"), ("a", "partners-with", "c")],
                          optional=[("x", "acquires", "y")])}
    preds = [
        telling("A", "acquires", "B", 0.6, "r.low"),
        telling("a", "acquires", "b", 0.9, "r.high", status="possible"),  # same fact: max confidence wins
        telling("C", "partners-with", "A", 0.7, "r.first"),
        telling("A", "partners-with", "C", 0.7, "r.tie"),  # symmetric repeat, tie: first kept
        telling("A", "acquires", "Z", 0.8, "r.wrong"),
        telling("A", "acquires", "Z", 0.99, "r.neg", negated=True),
        telling("X", "acquires", "Y", 0.8, "r.optional"),
        telling("A", "likes", "B", 0.8, "r.schema"),
        telling("A", "acquires", "B", 0.8, "r.elsewhere", doc="d2"),
        telling("A", "acquires", "Q", None, "r.none"),
    ]
    got, ignored = cal.classify(preds, docs, FAKE_SCORER)
    assert sorted(got) == [Fact(0.7, True, "r.first", "fr"), Fact(0.8, False, "r.wrong", "fr"),
                           Fact(0.9, True, "r.high", "fr", "possible")]
    assert ignored == {"negated": 1, "predicate outside the schema": 1, "unknown doc": 1,
                       "no confidence": 1, "facts neither right nor wrong": 1}


def test_missing_scorer_is_one_line_and_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        cal.main(["--gold", str(tmp_path), "--scorer", str(tmp_path / "score.py")])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("calibration: no scorer at ")


def test_printed_report(capsys):
    cal.print_report(cal.report(facts(10, 9, 0.85, "rules.en.verb"), {}))
    out = capsys.readouterr().out.splitlines()
    assert out[9].split() == ["[0.8,0.9)", "10", "9", "0.90", "0.85", "ok"]
    assert out[-1] == "acceptance: PASS"


def test_suggested_bases_pool_languages_and_pull_small_counts_to_the_prior():
    told = (facts(10, 10, 0.7, "rules.en.verb.active") + facts(10, 8, 0.7, "rules.fr.verb.active")
            + facts(1, 1, 0.6, "rules.fr.role.title") + facts(2, 0, 0.6, "other"))
    assert cal.suggested_bases(told, prior=0.9, strength=4) == {
        "verb.active": round((18 + 3.6) / 24, 2), "role.title": round(4.6 / 5, 2), "other": round(3.6 / 6, 2)}
    assert cal.construction_of("rules.fr.list.colon") == "list.colon"
