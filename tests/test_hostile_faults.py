"""Issue 6, interrupted runs: the previous outputs and the store survive a crash or a kill."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph import io as gio
from graph.store import GraphStore
from test_rdf import triple

pytestmark = pytest.mark.slow  # loads the real spaCy models

ROOT = Path(__file__).resolve().parent.parent


def test_an_exception_mid_write_keeps_the_previous_file_and_leaves_no_temp(tmp_path, monkeypatch):
    f = tmp_path / "graph.ttl"
    gio.atomic_write(f, "old\n")

    def crash(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gio.os, "fsync", crash)
    with pytest.raises(OSError):
        gio.atomic_write(f, "new " * 100_000)
    assert f.read_text() == "old\n" and os.listdir(tmp_path) == ["graph.ttl"]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killing_aikg_build_mid_write_keeps_the_previous_outputs(tmp_path, sig):
    (tmp_path / "a.txt").write_text("Fabrikam a racheté la start-up Contoso en 2021.", encoding="utf-8")
    out = tmp_path / "out"
    first = subprocess.run([sys.executable, "-m", "graph.cli", "build", tmp_path / "a.txt",
                            "--out", out, "--jobs", "1"], capture_output=True, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    marker = tmp_path / "writing"
    # the same build, made to stop inside the write of its first file until it is killed
    script = (f"import os, time, graph.io as g\n"
              f"def stuck(fd):\n    open({str(marker)!r}, 'w').close(); time.sleep(60)\n"
              f"g.os.fsync = stuck\n"
              f"from graph.cli import main\n"
              f"raise SystemExit(main(['build', {str(tmp_path)!r}, '--out', {str(out)!r}, "
              f"'--jobs', '1']))\n")
    (tmp_path / "b.txt").write_text("Northwind investit dans Tailspin.", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
            time.sleep(0.05)
        proc.send_signal(sig)
        proc.wait(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode != 0
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.name in before} == before
    leftovers = [p.name for p in out.iterdir() if p.name not in before]
    if sig == signal.SIGTERM:
        assert leftovers == []           # SIGTERM unwinds: the temporary file is removed
    else:
        assert all(n.startswith(".") and n.endswith(".tmp") for n in leftovers)  # hidden, ignored


@pytest.mark.parametrize("stop_at", ["update", "rebuild", "manifest"])
def test_a_store_write_that_stops_half_way_leaves_the_previous_generation(tmp_path, monkeypatch,
                                                                         stop_at):
    from graph import store as st
    from graph.presets import run_preset

    store = GraphStore(tmp_path / "kg")
    store.add([triple("SoftBank", "invests-in", "OpenAI")])
    manifest = store.manifest()
    real_write = st.atomic_write
    # an add in place loads the changes into a copy of the database; one under a new base rebuilds it
    base = "https://example.org/kg/" if stop_at == "rebuild" else st.DEFAULT_BASE

    def failing_write(path, data):
        if path.name == st.MANIFEST:
            raise KeyboardInterrupt
        return real_write(path, data)

    if stop_at in ("update", "rebuild"):
        monkeypatch.setattr(st.ox.Store, "bulk_load", lambda *a, **k: (_ for _ in ()).throw(
            KeyboardInterrupt()))
    monkeypatch.setattr(st, "atomic_write", failing_write)
    with pytest.raises(KeyboardInterrupt):
        GraphStore(tmp_path / "kg").add([triple("Microsoft", "invests-in", "OpenAI")], base=base)
    monkeypatch.undo()
    again = GraphStore(tmp_path / "kg")
    assert again.manifest() == manifest and len(again.triples()) == 1
    _, rows = run_preset(tmp_path / "kg", "investors-of", "OpenAI")
    assert [r[0] for r in rows] == ['"SoftBank"']
    again.add([triple("Microsoft", "invests-in", "OpenAI")], base=base)       # and the next run goes on
    _, rows = run_preset(tmp_path / "kg", "investors-of", "OpenAI")
    assert sorted(r[0] for r in rows) == ['"Microsoft"', '"SoftBank"']
    state = "state-2.sqlite" if stop_at == "rebuild" else "state-1.sqlite"
    assert sorted(os.listdir(tmp_path / "kg")) == ["manifest.json", "oxigraph-2", state]
