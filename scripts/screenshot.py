"""Take the README's picture of the seed graph: build it, open it headless, save a PNG.

    python scripts/screenshot.py                      # builds seeds/, writes docs/seed-graph.png
    python scripts/screenshot.py output/graph.html --out shot.png --size 1600x1000

Uses Debian's chromium (/usr/bin/chromium, or --chromium PATH) through playwright;
never `playwright install`. The page is opened offline (any http(s) request is
refused and reported) and photographed once its layout has settled
(`window.aikg.settled`). `--select NAME` opens NAME's side panel through the
page's own search (as a user typing it would) to show the evidence in the picture;
`--review` turns the review mode on first (docs/review-mode.png:
`python scripts/screenshot.py --review --select OpenAI --out docs/review-mode.png`).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def build_seed(out_dir: Path) -> Path:
    # "seeds" relative to the repository: the evidence shows "seeds/...", no path of this machine
    r = subprocess.run([sys.executable, "-m", "graph.cli", "build", "seeds",
                        "--out", str(out_dir), "--format", "html"],
                       capture_output=True, text=True, cwd=ROOT)
    if r.returncode != 0:
        sys.exit(f"screenshot: aikg build failed:\n{r.stderr}")
    print(r.stdout.strip(), file=sys.stderr)
    return out_dir / "graph.html"


def shoot(page_path: Path, png: Path, *, width: int, height: int, chromium: str,
          select: str | None = None, scale: float = 1.0, review: bool = False) -> None:
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height},
                                    device_scale_factor=scale)
            page.on("console", lambda m: m.type == "error" and problems.append(m.text))
            page.on("pageerror", lambda e: problems.append(str(e)))

            def route(r):
                if r.request.url.startswith(("file:", "data:")):
                    r.continue_()
                else:
                    problems.append(f"network request refused: {r.request.url}")
                    r.abort()
            page.route("**/*", route)
            page.goto(page_path.resolve().as_uri())
            page.wait_for_function("window.aikg && window.aikg.settled", timeout=120_000)
            if review:
                page.check("#review-mode")
            if select:
                if page.evaluate("name => window.aikg.search(name)", select) is None:
                    problems.append(f"no entity matches {select!r}")
                page.wait_for_timeout(600)   # the focus animation, then the whole graph
                page.evaluate("() => window.aikg.network.fit({animation: false, maxZoomLevel: 1.6})")
            page.wait_for_timeout(200)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
        finally:
            browser.close()
    if problems:
        sys.exit("screenshot: the page had problems:\n  " + "\n  ".join(problems))


def optimise(png: Path) -> None:
    """Quantise to a 256-colour palette when Pillow is there (a third of the size;
    the octree keeps the legend's few flat colours exact)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(png) as im:
        small = im.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    small.save(png, optimize=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("page", nargs="?", type=Path, help="an aikg page (default: build seeds/ first)")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "seed-graph.png", help="PNG to write")
    p.add_argument("--size", default="1200x800", help="viewport WIDTHxHEIGHT (default: 1200x800)")
    p.add_argument("--select", metavar="NAME", help="open this entity's panel before the picture")
    p.add_argument("--chromium", default="/usr/bin/chromium", help="the chromium binary")
    p.add_argument("--review", action="store_true", help="turn the page's review mode on")
    args = p.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        page = args.page or build_seed(Path(tmp))
        shoot(page, args.out, width=width, height=height, chromium=args.chromium, select=args.select,
              review=args.review)
    optimise(args.out)
    print(f"{args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
