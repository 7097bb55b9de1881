"""Structure and HTML-reading figures against ../shared (issue 3).

  .venv/bin/python bench/eval_structure.py [--errors]

1. Non-body detection on the dev set: precision and recall, in non-whitespace
   characters (and in all characters, for all records), of the non-body blocks against each record's ``discard`` spans
   (dev-01..20 = development, dev-21..30 = held out, and all).
2. The 6 pages in gold/html: share of the record's body paragraphs found in the
   extracted text (whitespace-normalised), page chrome found in it, and title, date
   and author against the record.
3. The founding article: wire, photo credit, origin and its trailer lines.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from saidwhat.read import read_inputs
from saidwhat.structure import analyze_structure

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

#: Page chrome of the gold pages (nav, cookie banner, share bar, sidebar, footer).
CHROME = ["Skip to content", "Subscribe", "Sign in", "Advertisement", "cookies",
          "Accept all", "Reject all", "Manage preferences", "Share on", "Most read",
          "Get the morning briefing", "About us", "Privacy policy", "Cookie settings",
          "Terms of use", "Join the conversation", "All rights reserved"]


def nonws(spans: list[tuple[int, int]], text: str, *, raw: bool = False) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if raw or not text[i].isspace()}


def norm(s: str) -> str:
    return " ".join(s.split())


def body_paragraphs(rec: dict) -> list[str]:
    text = rec["text"]
    masked = list(text)
    for s, e in rec["discard"]:
        masked[s:e] = "\n" * (e - s)
    paras = re.split(r"\n\s*\n", "".join(masked))
    return [norm(p) for p in paras if norm(p)][1:]  # the title is metadata, not a paragraph


def discard_scores(recs: list[dict], show_errors: bool, raw: bool = False
                   ) -> dict[str, tuple[float, float]]:
    out = {}
    groups = {"dev-01..20": lambda i: i <= 20, "dev-21..30": lambda i: i > 20,
              "all": lambda i: True}
    per_rec = {}
    for rec in recs:
        text = rec["text"]
        st = analyze_structure(text, title=rec.get("title"))
        pred = nonws([b.span for b in st.discard], text, raw=raw)
        gold = nonws([tuple(s) for s in rec["discard"]], text, raw=raw)
        per_rec[rec["id"]] = (pred, gold)
        if show_errors and pred != gold:
            print(f"--- {rec['id']}")
            for s, e in _runs(sorted(pred - gold)):
                print(f"  false non-body: {text[s:e + 1][:100]!r}")
            for s, e in _runs(sorted(gold - pred)):
                print(f"  missed non-body: {text[s:e + 1][:100]!r}")
    for name, keep in groups.items():
        tp = fp = fn = 0
        for rid, (pred, gold) in per_rec.items():
            if keep(int(rid.split("-")[1])):
                tp += len(pred & gold)
                fp += len(pred - gold)
                fn += len(gold - pred)
        out[name] = (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
    return out


def _runs(idx: list[int]):
    start = prev = None
    for i in idx:
        if start is None:
            start = prev = i
        elif i > prev + 10:
            yield start, prev
            start = prev = i
        else:
            prev = i
    if start is not None:
        yield start, prev


def metadata_agreement(recs: list[dict]) -> dict[str, tuple[int, int]]:
    """Per field: records where the structure stage agrees with the gold (a field the
    gold leaves empty counts when we leave it empty too)."""
    counts = {k: [0, 0] for k in ("title", "published", "wire", "photo_credit", "byline",
                                  "origin")}
    for rec in recs:
        st = analyze_structure(rec["text"])
        gold = rec.get("provenance") or {}
        got = {"title": st.title, "published": st.published}
        want = {"title": rec["title"], "published": rec["published"]}
        for k in ("wire", "photo_credit", "byline", "origin"):
            got[k], want[k] = getattr(st.provenance, k), gold.get(k)
        for k in counts:
            counts[k][0] += got[k] == want[k]
            counts[k][1] += 1
    return {k: (ok, n) for k, (ok, n) in counts.items()}


def html_checks(recs: dict[str, dict]) -> list[str]:
    lines = []
    errors: list[str] = []
    for doc in read_inputs([str(SHARED / "gold" / "html")], on_error=lambda e: errors.append(str(e))):
        rec = recs[doc.id]
        paras = body_paragraphs(rec)
        extracted = norm(doc.text)
        found = sum(1 for p in paras if p in extracted)
        chrome = [c for c in CHROME if c.lower() in doc.text.lower()
                  and c.lower() not in rec["text"].lower()]
        gold_authors = set((rec.get("provenance") or {}).get("byline", "").split(", "))
        author_ok = bool(doc.author) and set(doc.author.split(", ")) <= gold_authors
        lines.append(f"{doc.id:42s} paragraphs {found}/{len(paras)} ({found / len(paras):.0%})  "
                     f"chrome {chrome or 'none'}  title {'ok' if doc.title == rec['title'] else 'WRONG'}"
                     f"  date {'ok' if doc.published == rec['published'] else 'WRONG'}"
                     f"  author {'ok' if author_ok else 'WRONG'} ({doc.author})")
    lines += [f"reader error: {e}" for e in errors]
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list every character run missed "
                    "or wrongly marked non-body")
    args = ap.parse_args()
    recs = [json.loads(x) for x in (SHARED / "gold" / "dev.jsonl").read_text().splitlines()
            if x.strip()]
    print("1. non-body detection (non-whitespace characters vs gold discard spans)")
    for name, (p, r) in discard_scores(recs, args.errors).items():
        print(f"   {name:11s} precision {p:.3f}  recall {r:.3f}")
    p, r = discard_scores(recs, False, raw=True)["all"]
    print(f"   all, counting whitespace too: precision {p:.3f}  recall {r:.3f}")
    print("   metadata read from the text alone (no title or date given), records agreeing "
          "with gold:")
    for field, (ok, n) in metadata_agreement(recs).items():
        print(f"   {field:13s} {ok}/{n}")
    print("2. gold HTML pages")
    for line in html_checks({r["id"]: r for r in recs}):
        print("   " + line)
    print("3. founding article")
    text = (ROOT / "examples" / "borodavkin-tass-2022-10-18.txt").read_text(encoding="utf-8")
    st = analyze_structure(text)
    print(f"   {st.provenance}")
    print(f"   published {st.published}; non-body: "
          f"{[(b.label, text[b.span[0]:b.span[1]]) for b in st.discard]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
