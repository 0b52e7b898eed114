"""Check that the extractor's confidence means what it says, against gold triples.

    python scripts/calibration.py --docs DIR --gold DIR [--pred out.jsonl] [--json | --suggest]

A fact is one normalised (subject, predicate, object) of one document, judged by
the evaluation scorer's own rules (score.py, from --scorer): right if it names a
gold triple (even one another fact named), neither if it names an optional one,
wrong otherwise; negated tellings, unknown predicates and documents are set aside.
Its confidence is the highest of its tellings in the document, its construction
the `extractor` of that telling. Printed: the right share per confidence bucket
0.1 wide, at >= 0.8, per construction, language and status (with a Laplace-smoothed
share, (right + 1) / (n + 2)). Acceptance rule (last line): facts at confidence
>= 0.8 are right at least 90% of the time, and each bucket holding 10 or more
facts is right within 0.1 of its midpoint ("ok", else "off"; "-": too few facts).
With --suggest, a base confidence per construction (`suggested_bases`), for
extractors/rules/confidence.py.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterable, NamedTuple, NoReturn

PRIOR, STRENGTH = 0.9, 4  # --suggest: a construction's base is its right share pulled towards 0.9
BUCKETS, MIN_FACTS, TOLERANCE = 10, 10, 0.1  # ten buckets; judged from 10 facts, to within 0.1
HIGH, HIGH_TARGET = 0.8, 0.9  # facts at confidence >= 0.8 are right >= 90% of the time
EPS = 1e-9
DEFAULT_SCORER = "../shared/eval/score.py"
DEFAULT_CMD = "aikg extract {docs} --format jsonl"


class Fact(NamedTuple):
    confidence: float
    right: bool
    extractor: str
    lang: str
    status: str = "completed"


# -- the maths: plain lists of facts in, plain dicts out -------------------------------

def bucket_index(confidence: float) -> int:
    """Bucket of a confidence: [0.0,0.1) is 0, [0.8,0.9) is 8, [0.9,1.0] (1.0 too) is 9."""
    return min(max(math.floor(round(confidence * BUCKETS, 9)), 0), BUCKETS - 1)


def bucket_label(i: int) -> str:
    return f"[{i / BUCKETS:.1f},{(i + 1) / BUCKETS:.1f}" + ("]" if i == BUCKETS - 1 else ")")


def smoothed(right: int, n: int) -> float:
    """Laplace-smoothed right share: (right + 1) / (n + 2)."""
    return (right + 1) / (n + 2)


def calibration_flag(right_share: float | None, midpoint: float, n: int) -> str:
    """'ok' if the share is within 0.1 of the midpoint, 'off' if not, '-' under 10 facts."""
    if n < MIN_FACTS or right_share is None:
        return "-"
    return "ok" if abs(right_share - midpoint) <= TOLERANCE + EPS else "off"


def summarise(facts: list[Fact]) -> dict:
    n, right = len(facts), sum(f.right for f in facts)
    mean = math.fsum(f.confidence for f in facts) / n if n else None
    return {"facts": n, "right": right, "share": right / n if n else None,
            "smoothed": smoothed(right, n), "mean_confidence": mean}


def bucket_table(facts: Iterable[Fact]) -> list[dict]:
    groups: list[list[Fact]] = [[] for _ in range(BUCKETS)]
    for f in facts:
        groups[bucket_index(f.confidence)].append(f)
    rows = []
    for i, group in enumerate(groups):
        row = {"bucket": bucket_label(i), "midpoint": (i + 0.5) / BUCKETS} | summarise(group)
        row["flag"] = calibration_flag(row["share"], row["midpoint"], row["facts"])
        rows.append(row)
    return rows


def high_confidence(facts: Iterable[Fact], threshold: float = HIGH) -> dict:
    return summarise([f for f in facts if f.confidence >= threshold - EPS])


def group_by(facts: Iterable[Fact], key: Callable[[Fact], str]) -> dict[str, dict]:
    groups: dict[str, list[Fact]] = collections.defaultdict(list)
    for f in facts:
        groups[key(f)].append(f)
    return {name: summarise(groups[name]) for name in sorted(groups)}


def construction_of(extractor: str) -> str:
    """"rules.en.verb.active" -> "verb.active" (the key of rules/confidence.py's BASE)."""
    parts = extractor.split(".")
    return ".".join(parts[2:]) if len(parts) > 2 and parts[0] == "rules" else extractor


def suggested_bases(facts: Iterable[Fact], prior: float = PRIOR, strength: float = STRENGTH) -> dict[str, float]:
    """A base confidence per construction, both languages pooled: its right share pulled
    towards `prior` as if `strength` more facts had been right at that rate,
    (right + strength * prior) / (n + strength); a construction seen once is near the
    prior, one seen often near its own share."""
    groups: dict[str, list[Fact]] = collections.defaultdict(list)
    for f in facts:
        groups[construction_of(f.extractor)].append(f)
    return {name: round((sum(f.right for f in g) + strength * prior) / (len(g) + strength), 2)
            for name, g in sorted(groups.items())}


def acceptance(buckets: list[dict], high: dict) -> dict:
    """The rule: >= 90% right at confidence >= 0.8 (none such passes), no bucket 'off'."""
    high_ok = high["share"] is None or high["share"] >= HIGH_TARGET - EPS
    off = [row["bucket"] for row in buckets if row["flag"] == "off"]
    return {"high_ok": high_ok, "buckets_off": off, "passed": high_ok and not off}


def report(facts: list[Fact], ignored: dict) -> dict:
    buckets, high = bucket_table(facts), high_confidence(facts)
    return {"buckets": buckets, "high": high, "overall": summarise(facts),
            "constructions": group_by(facts, lambda f: f.extractor),
            "languages": group_by(facts, lambda f: f.lang),
            "statuses": group_by(facts, lambda f: f.status),
            "ignored": ignored, "acceptance": acceptance(buckets, high)}


# -- classification with the scorer's rules ---------------------------------------------

def _confidence(telling: dict) -> float | None:
    try:
        value = float(telling.get("confidence"))
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _set_aside(telling: dict, doc_id: str, docs: dict, scorer: ModuleType) -> str | None:
    """Why the scorer would not count this telling (None: it counts)."""
    attrs = telling.get("attributes") or {}
    pred = telling.get("predicate")
    if pred not in scorer.PREDICATES:
        return "predicate outside the schema"
    if attrs.get("negated") or attrs.get("polarity") == "negative":
        return "negated"
    if doc_id not in docs:
        return "unknown doc"
    annotated = getattr(docs[doc_id], "predicates", None)
    if annotated is not None and pred not in annotated:
        return "predicate not annotated here"
    return None


def fact_key(telling: dict, scorer: ModuleType) -> tuple[str, str, str]:
    s, o = scorer.norm(str(telling["subject"])), scorer.norm(str(telling["object"]))
    p = telling["predicate"]
    return (min(s, o), p, max(s, o)) if p in scorer.SYMMETRIC else (s, p, o)


def best_tellings(preds: list[dict], docs: dict, scorer: ModuleType,
                  ignored: collections.Counter) -> dict[tuple, tuple[float, dict]]:
    """(doc id, key) -> (max confidence, first telling with it)."""
    best: dict[tuple, tuple[float, dict]] = {}
    for t in preds:
        doc_id = Path(str(t.get("doc", ""))).stem
        conf, reason = _confidence(t), _set_aside(t, doc_id, docs, scorer)
        if reason or conf is None:
            ignored[reason or "no confidence"] += 1
            continue
        slot = (doc_id, fact_key(t, scorer))
        if slot not in best or conf > best[slot][0]:
            best[slot] = (conf, t)
    return best


def judge(doc, telling: dict, key: tuple) -> bool | None:
    """True right, False wrong, None neither (optional, or outside the annotated pairs)."""
    subj, pred, obj = str(telling["subject"]), telling["predicate"], str(telling["object"])
    if doc.find(subj, pred, obj, doc.triples):
        return True
    if doc.find(subj, pred, obj, doc.optional):
        return None
    entities = getattr(doc, "entities", None)
    if entities is not None and not {key[0], key[2]} <= entities:
        return None
    return False


def classify(preds: list[dict], docs: dict, scorer: ModuleType) -> tuple[list[Fact], dict]:
    ignored: collections.Counter = collections.Counter()
    facts = []
    for (doc_id, key), (conf, telling) in best_tellings(preds, docs, scorer, ignored).items():
        doc = docs[doc_id]
        verdict = judge(doc, telling, key)
        if verdict is None:
            ignored["facts neither right nor wrong"] += 1
        else:
            status = str((telling.get("attributes") or {}).get("status") or "completed")
            facts.append(Fact(conf, verdict, str(telling.get("extractor", "?")), doc.lang, status))
    return facts, dict(ignored)


# -- command line ------------------------------------------------------------------------

def fail(message: str) -> NoReturn:
    print(f"calibration: {message}", file=sys.stderr)
    sys.exit(2)


def load_scorer(path: Path) -> ModuleType:
    if not path.is_file():
        fail(f"no scorer at {path} (give its path with --scorer)")
    spec = importlib.util.spec_from_file_location("aikg_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(args: argparse.Namespace, scorer: ModuleType) -> list[dict]:
    if args.pred:
        if not args.pred.is_file():
            fail(f"no predictions file at {args.pred}")
        return scorer.parse_predictions(args.pred.read_text(encoding="utf-8"))
    if args.docs is None or not args.docs.is_dir():
        fail(f"no folder of articles at {args.docs} (give --docs, or --pred)")
    try:
        return scorer.run_extractor(args.cmd, args.docs)[0]
    except OSError as err:
        fail(f"cannot run {args.cmd!r}: {err}")


def _num(value: float | None, width: int = 6) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.2f}"


def print_report(rep: dict) -> None:
    print(f"{'confidence':12}{'facts':>6}{'right':>6}{'share':>7}{'mean':>7}  calibrated")
    for r in rep["buckets"]:
        print(f"{r['bucket']:12}{r['facts']:>6}{r['right']:>6} {_num(r['share'])} "
              f"{_num(r['mean_confidence'])}  {r['flag']}")
    high, whole = rep["high"], rep["overall"]
    print(f"confidence >= {HIGH}: {high['facts']} facts, right share {_num(high['share'], 4)};"
          f" overall: {whole['facts']} facts, right share {_num(whole['share'], 4)}")
    for title, key in (("construction", "constructions"), ("language", "languages"), ("status", "statuses")):
        groups = rep[key]
        width = max([len(title), *map(len, groups)]) + 2
        print(f"{title:{width}}{'facts':>6}{'right':>6}{'share':>7}{'smooth':>7}{'mean':>7}")
        for name, r in groups.items():
            print(f"{name:{width}}{r['facts']:>6}{r['right']:>6} {_num(r['share'])} "
                  f"{_num(r['smoothed'])} {_num(r['mean_confidence'])}")
    if rep["ignored"]:
        print("set aside:", rep["ignored"])
    acc = rep["acceptance"]
    why = [] if acc["high_ok"] else [f"under {HIGH_TARGET:.0%} right at >= {HIGH}"]
    why += [f"{b} off" for b in acc["buckets_off"]]
    print("acceptance:", "PASS" if acc["passed"] else "FAIL (" + "; ".join(why) + ")")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=Path, help="folder of articles (.txt) to run --cmd on")
    ap.add_argument("--gold", type=Path, required=True, help="folder of gold .json files")
    ap.add_argument("--scorer", type=Path, default=Path(DEFAULT_SCORER), help="score.py")
    ap.add_argument("--pred", type=Path, help="saved predictions (JSONL); run nothing")
    ap.add_argument("--cmd", default=DEFAULT_CMD, help="extractor; {docs}: the --docs folder")
    ap.add_argument("--json", action="store_true", help="print the report as one JSON object")
    ap.add_argument("--suggest", action="store_true",
                    help="print a base confidence per construction instead (for rules/confidence.py)")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.scorer)
    if not args.gold.is_dir():
        fail(f"no folder of gold files at {args.gold}")
    docs = scorer.load_gold_dir(args.gold)
    facts, ignored = classify(predictions(args, scorer), docs, scorer)
    if args.suggest:
        for name, base in suggested_bases(facts).items():
            print(f"{name}\t{base:.2f}")
        return
    rep = report(facts, ignored)
    if args.json:
        print(json.dumps(rep, indent=1, ensure_ascii=False))
    else:
        print_report(rep)


if __name__ == "__main__":
    main()
