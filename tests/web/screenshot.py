"""Make ``docs/screenshot-article.png``: the founding article in the article view,
as Debian's Chromium shows it (the README's picture).

    .venv/bin/python -m tests.web.screenshot [OUT.png]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from saidwhat.web import create_app

from ..conftest import ROOT
from .live import FOUNDING_ID, build_corpus, chromium, serve

OUT = ROOT / "docs" / "screenshot-article.png"


def main(out: Path = OUT) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print("saidwhat: analysing the founding article ...", file=sys.stderr)
        db = build_corpus(Path(tmp) / "corpus.db")
        with serve(create_app(db)) as url, chromium() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 960})
            # Select the statement that holds a nested one, so that the details
            # panel shows it.
            page.goto(f"{url}/articles/{FOUNDING_ID}")
            nested = page.locator("#article-text .hl.nested").first
            outer = nested.get_attribute("data-att").split()[-1]
            page.locator(f"#article-text [data-att='{outer}']").first.click()
            page.evaluate("window.scrollTo(0, 0); document.querySelector('.panel').scrollTop = 0")
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
    print(f"saidwhat: wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
