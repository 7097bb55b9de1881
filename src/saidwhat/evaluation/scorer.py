# Vendored unchanged from ../shared/tools/score_attribution.py so that `saidwhat eval`
# prints the same numbers as the shared scorer; tests/evaluation checks they agree.
"""Score predicted attributions (source / cue / content spans) against gold JSONL.

Stdlib only, Python 3.11+.

Usage
-----
    python3 score_attribution.py GOLD.jsonl PRED.jsonl [--unit token|char] [--threshold 0.5]
                                 [--keep-discard] [--locate-text] [--json-out FILE]
    python3 score_attribution.py GOLD.jsonl --alternates-as-pred   # human agreement ceiling
    python3 score_attribution.py --selftest [GOLD.jsonl]
    (--outermost: ignore nested attributions, gold and predicted; for PolNeAR)

Input format (one JSON object per line)
---------------------------------------
GOLD: as written by polnear_to_jsonl.py: {"id", "text", "attributions": [...], "discard": [...]}.
PRED: {"id": <same id>, "attributions": [{"source": [[s,e],...] or [], "cue": [[s,e],...],
       "content": [[s,e],...]}, ...]}
      Character offsets index the gold "text" (Python str indices, end-exclusive).  A single
      [s, e] pair is accepted in place of a list of pairs.  With --locate-text, an attribution
      whose span list is missing/null but whose "<role>_text" string is given is located in the
      gold text (content: first occurrence; source/cue: occurrence nearest the content).
      Gold articles missing from PRED count as articles with no predictions; PRED ids not in
      GOLD are reported and ignored.

What is computed (micro-averaged over all articles)
--------------------------------------------------
Units: spans are compared as sets of units; --unit token (default) uses the tokens of the gold
text (regex \\w+|[^\\w\\s]; a token counts if any of its characters is inside the span);
--unit char uses non-whitespace characters.

(a) Content span detection, one-to-one matching between gold and predicted attributions of an
    article:
    content_exact    identical set of non-whitespace characters (strict boundaries).
    content_soft     |P n G| >= threshold * max(|P|, |G|) in units, i.e. the overlap covers at
                     least 50% (default) of the gold span AND of the predicted span.  Greedy
                     matching by decreasing overlap ratio.
    content_partial  proportional ("partial match") credit as used for PARC-style quotation
                     detection (e.g. Scheible et al. 2016; Pareti 2015 reports strict and
                     partial): pairs with any overlap are matched one-to-one; precision =
                     sum(|P n G|/|P|)/#pred, recall = sum(|P n G|/|G|)/#gold.
(b) Source given matched content (pairs from content_soft):
    TP = gold and predicted source both non-empty and matching; P = TP / #matched pairs with a
    predicted source; R = TP / #matched pairs with a gold source.  Reported for three match
    criteria: exact, soft (same rule as content), any (any unit overlap).  "accuracy" also
    counts pairs where both sources are empty (PolNeAR has source-less attributions) as correct.
(c) Cue given matched content: same as (b) for the cue.
    cue_detection: unlinked cue spans (every gold cue vs every predicted cue), any-overlap
    one-to-one matching, for tools that are cue-driven.
(e) Speaker, where the gold gives a resolved "speaker" name: on content_soft pairs, whether the
    predicted "speaker" names the same referent (compared case-, punctuation-, honorific- and
    leading-"the"-blind, middle initials dropped, "Name (ACR)" matching either; a gold
    "speaker_alternates" list gives other correct names); e2e_content+speaker counts an
    attribution correct when both hold.
(d) End to end ("who said what"): an attribution is correct when its content soft-matches and
    its source matches (or both are empty):
    e2e_content+source_soft / _any, and e2e_all_exact (content, source and cue all exact).

Gold conventions that matter (PolNeAR): paraphrase / indirect attributions are included (about
2/3 of contents contain no quotation mark); no nested attributions are annotated (only the
outermost); sources are the in-sentence mention, often a pronoun or a relative pronoun
("he", "who"), never coreference-resolved; sources include descriptive modifiers; a cue is one
contiguous span incl. its verb group ("has repeatedly said"); content excludes the sentence-final
period but includes quotation marks; a content may be discontinuous (split by the cue/source).
Regions annotated "Discard" (boilerplate) are never annotated: predicted attributions whose
content lies entirely inside Discard regions are ignored unless --keep-discard.
"""
import argparse
import json
import re
import sys

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
ROLES = ("source", "cue", "content")


# ----------------------------------------------------------------------------- spans & units
def norm_spans(x):
    """Accept [[s,e],...], [s,e], None -> sorted list of (s,e) with s<e."""
    if x is None:
        return None
    if isinstance(x, (list, tuple)) and len(x) == 2 and all(isinstance(v, int) for v in x):
        x = [x]
    out = []
    for item in x:
        s, e = int(item[0]), int(item[1])
        if e > s:
            out.append((s, e))
    return sorted(set(out))


class Doc:
    def __init__(self, text, discard=()):
        self.text = text
        self.tok_spans = [m.span() for m in TOKEN_RE.finditer(text)]
        self.tok_starts = [s for s, _ in self.tok_spans]
        self.discard_chars = self.nonws_chars(discard)

    def nonws_chars(self, spans):
        out, marks = set(), set()
        for s, e in spans or ():
            s, e = max(0, s), min(len(self.text), e)
            # letters and digits only: quotation marks and punctuation at a span's edge
            # (or inside it) never decide a match; a span of punctuation alone (a colon
            # cue) keeps its characters
            out.update(i for i in range(s, e) if self.text[i].isalnum())
            marks.update(i for i in range(s, e) if not self.text[i].isspace())
        return frozenset(out or marks)

    def tokens(self, spans):
        import bisect
        out, marks = set(), set()
        for s, e in spans or ():
            # tokens overlapping [s, e); punctuation tokens count only in a span that has
            # nothing else (a colon cue)
            i = bisect.bisect_right(self.tok_starts, s) - 1
            i = max(i, 0)
            while i < len(self.tok_spans) and self.tok_spans[i][0] < e:
                ts, te = self.tok_spans[i]
                if te > s:
                    (out if self.text[ts].isalnum() or self.text[ts] == "_" else marks).add(i)
                i += 1
        return frozenset(out or marks)


def prep_att(doc, att, unit):
    """-> dict role -> (unit set, exact key)"""
    r = {}
    for role in ROLES:
        spans = att.get(role) or []
        chars = doc.nonws_chars(spans)
        units = doc.tokens(spans) if unit == "token" else chars
        if not chars:
            units = frozenset()
        r[role] = (units, chars)
    r["speaker"] = speaker_forms(att)
    return r


HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam"}


def name_forms(name):
    """The forms one speaker name stands for, compared case-, punctuation-, honorific- and
    article-blind, middle initials dropped: 'The Washington Post' == 'washington post',
    'Mr. Carl R. Davis' == 'carl davis'; 'Agency for Flood Control (AFC)' stands for the
    whole, the name and the acronym."""
    if not isinstance(name, str):
        return frozenset()
    m = re.fullmatch(r"\s*(.*?)\s*\(([^()]*)\)\s*", name)
    forms = set()
    for part in ([m.group(1), m.group(2), name] if m else [name]):
        words = [w for w in re.sub(r"[^\w\s]", " ", part.casefold()).split() if w not in HONORIFICS]
        while words and words[0] == "the":
            words = words[1:]
        if len(words) > 2:
            words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
        if words:
            forms.add(" ".join(words))
    return frozenset(forms)


def speaker_forms(att):
    """A gold speaker may list other correct names under "speaker_alternates"."""
    forms = set(name_forms(att.get("speaker")))
    for alt in att.get("speaker_alternates") or ():
        forms |= name_forms(alt)
    return frozenset(forms)


def overlap_ratio(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def greedy_match(gold, pred, score):
    """One-to-one greedy matching; score(g, p) -> float (<=0 means incompatible)."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                cands.append((-s, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for neg, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j, -neg))
    return pairs


def role_match(g, p, how, thr):
    gu, gc = g
    pu, pc = p
    if not gc or not pc:
        return False
    if how == "exact":
        return gc == pc
    if how == "soft":
        return overlap_ratio(gu, pu) >= thr
    if how == "any":
        return bool(gu & pu)
    raise ValueError(how)


# ----------------------------------------------------------------------------- locating text
def locate(text, needle, near=None):
    if not needle:
        return []
    needle = needle.strip()
    hits = [m.span() for m in re.finditer(re.escape(needle), text)]
    if not hits:
        pat = r"\s+".join(re.escape(w) for w in needle.split())
        hits = [m.span() for m in re.finditer(pat, text)] if pat else []
    if not hits:
        return None
    if near is None:
        return [hits[0]]
    return [min(hits, key=lambda h: abs(h[0] - near))]


# ----------------------------------------------------------------------------- scoring
class Counts(dict):
    def add(self, k, v=1):
        self[k] = self.get(k, 0) + v


def prf(tp_p, n_pred, tp_r, n_gold):
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_pairs(pairs, unit="token", thr=0.5, keep_discard=False, locate_text=False, outermost=False):
    """pairs: iterable of (gold_record, pred_attributions or None)."""
    c = Counts()
    for g, patts in pairs:
        doc = Doc(g["text"], g.get("discard", []))
        gold = [prep_att(doc, a, unit) for a in g["attributions"]
                if not (outermost and a.get("nested_in") is not None)]
        pred = []
        for a in patts or []:
            if outermost and a.get("nested_in") is not None:
                c.add("pred_nested_ignored")
                continue
            a = dict(a)
            for role in ROLES:
                a[role] = norm_spans(a.get(role))
            if locate_text:
                if a["content"] is None:
                    a["content"] = locate(doc.text, a.get("content_text"))
                    c.add("located_content" if a["content"] else "unlocatable_content")
                near = a["content"][0][0] if a["content"] else None
                for role in ("source", "cue"):
                    if a[role] is None and a.get(role + "_text"):
                        a[role] = locate(doc.text, a.get(role + "_text"), near)
                        c.add(f"located_{role}" if a[role] else f"unlocatable_{role}")
            bad = False
            for role in ROLES:
                a[role] = a[role] or []
                if any(s < 0 or e > len(doc.text) for s, e in a[role]):
                    bad = True
            if bad:
                c.add("pred_out_of_range_dropped")
                continue
            pa = prep_att(doc, a, unit)
            if not pa["content"][1]:
                c.add("pred_without_content_dropped")
                continue
            if not keep_discard and doc.discard_chars and pa["content"][1] <= doc.discard_chars:
                c.add("pred_in_discard_ignored")
                continue
            pred.append(pa)
        c.add("articles")
        c.add("gold", len(gold))
        c.add("pred", len(pred))

        # (a) content
        ex = greedy_match(gold, pred, lambda x, y: 1.0 if x["content"][1] == y["content"][1] else 0.0)
        c.add("content_exact_tp", len(ex))
        soft = greedy_match(gold, pred, lambda x, y: (
            r if (r := overlap_ratio(x["content"][0], y["content"][0])) >= thr else 0.0))
        c.add("content_soft_tp", len(soft))
        part = greedy_match(gold, pred, lambda x, y: float(len(x["content"][0] & y["content"][0])))
        for i, j, _ in part:
            inter = len(gold[i]["content"][0] & pred[j]["content"][0])
            c.add("content_partial_p", inter / len(pred[j]["content"][0]))
            c.add("content_partial_r", inter / len(gold[i]["content"][0]))

        # (b, c) source / cue on soft-matched pairs, (d) end to end
        for i, j, _ in soft:
            gi, pj = gold[i], pred[j]
            c.add("matched")
            for role in ("source", "cue"):
                g_has, p_has = bool(gi[role][1]), bool(pj[role][1])
                c.add(f"{role}_gold_in_matched", g_has)
                c.add(f"{role}_pred_in_matched", p_has)
                if not g_has and not p_has:
                    c.add(f"{role}_both_empty")
                for how in ("exact", "soft", "any"):
                    if role_match(gi[role], pj[role], how, thr):
                        c.add(f"{role}_{how}_tp")
            src_ok = {how: (role_match(gi["source"], pj["source"], how, thr)
                            or (not gi["source"][1] and not pj["source"][1])) for how in ("soft", "any")}
            c.add("e2e_src_soft_tp", src_ok["soft"])
            c.add("e2e_src_any_tp", src_ok["any"])
            if gi["speaker"]:
                c.add("speaker_gold_in_matched")
                c.add("speaker_pred_in_matched", bool(pj["speaker"]))
                c.add("speaker_tp", bool(gi["speaker"] & pj["speaker"]))
        for i, j, _ in ex:
            gi, pj = gold[i], pred[j]
            ok = all((gi[r][1] == pj[r][1]) for r in ("source", "cue"))
            c.add("e2e_all_exact_tp", ok)

        # unlinked cue detection
        gc = [a["cue"] for a in gold if a["cue"][1]]
        pc = [a["cue"] for a in pred if a["cue"][1]]
        c.add("cue_det_gold", len(gc))
        c.add("cue_det_pred", len(pc))
        c.add("cue_det_any_tp", len(greedy_match(gc, pc, lambda x, y: float(len(x[0] & y[0])))))
        c.add("cue_det_exact_tp", len(greedy_match(gc, pc, lambda x, y: 1.0 if x[1] == y[1] else 0.0)))
    return summarize(c)


def summarize(c):
    g, p, m = c.get("gold", 0), c.get("pred", 0), c.get("matched", 0)
    res = {"counts": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in sorted(c.items())}}
    res["content_exact"] = prf(c.get("content_exact_tp", 0), p, c.get("content_exact_tp", 0), g)
    res["content_soft"] = prf(c.get("content_soft_tp", 0), p, c.get("content_soft_tp", 0), g)
    res["content_partial"] = prf(c.get("content_partial_p", 0), p, c.get("content_partial_r", 0), g)
    for role in ("source", "cue"):
        gin, pin = c.get(f"{role}_gold_in_matched", 0), c.get(f"{role}_pred_in_matched", 0)
        for how in ("exact", "soft", "any"):
            tp = c.get(f"{role}_{how}_tp", 0)
            d = prf(tp, pin, tp, gin)
            d["accuracy"] = round((tp + c.get(f"{role}_both_empty", 0)) / m, 4) if m else 0.0
            res[f"{role}|content_{how}"] = d
    res["cue_detection_exact"] = prf(c.get("cue_det_exact_tp", 0), c.get("cue_det_pred", 0),
                                     c.get("cue_det_exact_tp", 0), c.get("cue_det_gold", 0))
    res["cue_detection_any"] = prf(c.get("cue_det_any_tp", 0), c.get("cue_det_pred", 0),
                                   c.get("cue_det_any_tp", 0), c.get("cue_det_gold", 0))
    for k, name in (("e2e_src_soft_tp", "e2e_content+source_soft"), ("e2e_src_any_tp", "e2e_content+source_any"),
                    ("e2e_all_exact_tp", "e2e_all_exact")):
        res[name] = prf(c.get(k, 0), p, c.get(k, 0), g)
    if c.get("speaker_gold_in_matched"):
        # the resolved speaker name ("he" -> "Alexey Borodavkin"), where the gold names one
        tp, gin = c.get("speaker_tp", 0), c.get("speaker_gold_in_matched", 0)
        d = prf(tp, c.get("speaker_pred_in_matched", 0), tp, gin)
        d["accuracy"] = round(tp / gin, 4)
        res["speaker|content_soft"] = d
        res["e2e_content+speaker"] = prf(tp, p, tp, g)
    return res


def print_table(res, out=sys.stdout):
    cnt = res["counts"]
    print(f"articles={cnt.get('articles', 0)} gold={cnt.get('gold', 0)} pred={cnt.get('pred', 0)} "
          f"content-matched(soft)={cnt.get('matched', 0)}", file=out)
    extra = {k: v for k, v in cnt.items() if k.startswith(("pred_", "located", "unlocatable", "unknown"))}
    if extra:
        print("notes:", extra, file=out)
    print(f"{'metric':32s} {'P':>7s} {'R':>7s} {'F1':>7s} {'acc':>7s}", file=out)
    for k, v in res.items():
        if k == "counts":
            continue
        acc = f"{v['accuracy']:7.4f}" if "accuracy" in v else ""
        print(f"{k:32s} {v['precision']:7.4f} {v['recall']:7.4f} {v['f1']:7.4f} {acc}", file=out)


# ----------------------------------------------------------------------------- io
def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_pairs(gold, pred):
    by_id = {}
    for r in pred:
        by_id.setdefault(r["id"], []).extend(r.get("attributions") or [])
    gold_ids = {g["id"] for g in gold}
    unknown = sorted(set(by_id) - gold_ids)
    if unknown:
        print(f"warning: {len(unknown)} predicted ids not in gold, ignored (e.g. {unknown[:3]})", file=sys.stderr)
    missing = [g["id"] for g in gold if g["id"] not in by_id]
    if missing:
        print(f"warning: {len(missing)} gold articles have no prediction line (scored as empty)", file=sys.stderr)
    return [(g, by_id.get(g["id"], [])) for g in gold]


def alternates_pairs(gold):
    return [(g, alt) for g in gold for alt in (g.get("alternates") or {}).values()]


# ----------------------------------------------------------------------------- self-test
def synthetic_gold():
    text = ('"We will win," Trump said on Monday. He added that the polls were wrong. '
            'It is widely believed that turnout will be high. Clinton, who leads in polls, '
            'said she was "confident" about Ohio.')
    def sp(s):
        i = text.index(s)
        return [[i, i + len(s)]]
    atts = [
        {"source": sp("Trump"), "cue": sp("said"), "content": sp('"We will win,"')},
        {"source": sp("He"), "cue": sp("added"), "content": sp("that the polls were wrong")},
        {"source": [], "cue": sp("is widely believed"), "content": sp("that turnout will be high")},
        {"source": sp("Clinton"), "cue": [[text.index("said she") , text.index("said she") + 4]],
         "content": [[text.index("she was"), text.index(" about Ohio") + len(" about Ohio")]]},
    ]
    return [{"id": "synthetic-1", "text": text, "attributions": atts, "discard": []},
            {"id": "synthetic-2", "text": "Nothing attributed here.", "attributions": [], "discard": []}]


def selftest(gold_path=None, unit="token", thr=0.5):
    ok = True

    def check(name, cond):
        nonlocal ok
        print(("PASS " if cond else "FAIL ") + name)
        ok &= bool(cond)

    sets = [("synthetic", synthetic_gold())]
    if gold_path:
        sets.append((gold_path, read_jsonl(gold_path)))
    for name, gold in sets:
        res = score_pairs(make_pairs(gold, gold), unit, thr)
        ones = all(v["precision"] == 1.0 and v["recall"] == 1.0 and v["f1"] == 1.0
                   for k, v in res.items() if k != "counts" and not k.startswith(("source|", "cue|")))
        ones_roles = all(v["accuracy"] == 1.0 for k, v in res.items() if k.startswith(("source|", "cue|")))
        ones_roles &= all(v["f1"] == 1.0 for k, v in res.items() if k.startswith(("source|", "cue|")))
        check(f"[{name}] gold vs itself: every P/R/F1 = 1.0", ones and ones_roles)
        empty = [{"id": g["id"], "attributions": []} for g in gold]
        res0 = score_pairs(make_pairs(gold, empty), unit, thr)
        check(f"[{name}] gold vs empty prediction: every recall = 0",
              all(v["recall"] == 0.0 for k, v in res0.items() if k != "counts"))
    # perturbation: content loses its first word -> exact fails, soft holds; a final "." added
    # to another content changes nothing (edge punctuation never decides a match)
    gold = synthetic_gold()
    pert = json.loads(json.dumps(gold))
    a = pert[0]["attributions"][1]
    s0, e0 = a["content"][0]
    a["content"] = [[pert[0]["text"].index(" ", s0) + 1, e0]]
    b = pert[0]["attributions"][2]
    b["content"] = [[b["content"][0][0], b["content"][0][1] + 1]]
    a["source"] = [[a["source"][0][0], a["source"][0][1]]]
    res = score_pairs(make_pairs(gold, pert), unit, thr)
    check("perturbed content: exact recall 3/4", res["content_exact"]["recall"] == 0.75)
    check("perturbed content: soft recall 1.0", res["content_soft"]["recall"] == 1.0)
    # wrong source
    pert2 = json.loads(json.dumps(gold))
    pert2[0]["attributions"][0]["source"] = pert2[0]["attributions"][3]["source"]
    res = score_pairs(make_pairs(gold, pert2), unit, thr)
    check("wrong source: source|content_soft recall 2/3", abs(res["source|content_soft"]["recall"] - 2 / 3) < 1e-3)
    check("wrong source: e2e_content+source_soft recall 3/4", res["e2e_content+source_soft"]["recall"] == 0.75)
    # text-only predictions located in text
    txt = [{"id": g["id"], "attributions": [{"content_text": g["text"][x["content"][0][0]:x["content"][-1][1]],
                                             "source_text": " ".join(g["text"][s:e] for s, e in x["source"]),
                                             "cue_text": " ".join(g["text"][s:e] for s, e in x["cue"])}
                                            for x in g["attributions"]]} for g in gold]
    res = score_pairs(make_pairs(gold, txt), unit, thr, locate_text=True)
    check("--locate-text on exact strings: content_exact F1 = 1.0", res["content_exact"]["f1"] == 1.0)
    print("SELFTEST", "OK" if ok else "FAILED")
    return 0 if ok else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?")
    ap.add_argument("pred", nargs="?")
    ap.add_argument("--unit", choices=("token", "char"), default="token")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--keep-discard", action="store_true")
    ap.add_argument("--locate-text", action="store_true")
    ap.add_argument("--alternates-as-pred", action="store_true",
                    help="score the other annotators' versions (multiply-annotated articles) against the gold")
    ap.add_argument("--outermost", action="store_true",
                    help="ignore nested attributions (those with a nested_in), gold and predicted, "
                         "for corpora that annotate only the outermost one (PolNeAR)")
    ap.add_argument("--json-out")
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args(argv)
    if args.selftest:
        return selftest(args.gold, args.unit, args.threshold)
    if not args.gold or not (args.pred or args.alternates_as_pred):
        ap.error("need GOLD and PRED (or --alternates-as-pred)")
    gold = read_jsonl(args.gold)
    pairs = alternates_pairs(gold) if args.alternates_as_pred else make_pairs(gold, read_jsonl(args.pred))
    res = score_pairs(pairs, args.unit, args.threshold, args.keep_discard, args.locate_text, args.outermost)
    res["settings"] = {"unit": args.unit, "threshold": args.threshold, "keep_discard": args.keep_discard,
                       "locate_text": args.locate_text, "alternates_as_pred": args.alternates_as_pred}
    settings = res.pop("settings")
    print_table(res)
    if args.json_out:
        res["settings"] = settings
        with open(args.json_out, "w") as f:
            json.dump(res, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
