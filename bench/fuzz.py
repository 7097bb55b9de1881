"""Fuzzing ``saidwhat.analyze``: generated hostile inputs, invariants on every output.

    python bench/fuzz.py                  # 10,000 inputs, seed 0
    python bench/fuzz.py -n 500 --seed 7  # fewer, another seed

Each input is analysed in this process with a wall-clock guard; the run reports
exceptions, inputs over the time limit (hangs) and outputs that break an invariant
(spans inside the text with start < end, ``nested_in`` naming an attribution and
never forming a cycle, the JSON valid against the project's schema). Failing inputs
are written to ``--failures`` for replay. ``tests/pipeline/test_fuzz.py`` runs a few
hundred of the same inputs in CI.

The generator mixes the shapes that broke earlier versions: mutated news text, odd
Unicode (lone surrogates, controls, bidi marks, combining marks), quotation marks of
every style (unbalanced, deeply nested), huge numbers and impossible dates, very long
sentences, and long runs of one punctuation character.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Texts to mutate: articles this project wrote (never other people's).
SEED_FILES = (ROOT / "examples" / "borodavkin-tass-2022-10-18.txt",)
SEED_JSONL = (ROOT / "tests" / "attribution" / "data" / "heldout.jsonl",)

QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "``", "''"]
PUNCT_RUNS = ["=", '"', "$", "[", "—", "'", "!", "(", "?", "*", "%", "…", "»", ".", ":",
              "-", "“", "<", "&", "#", "\\", "/"]
ODD_CHARS = ["\ud800", "\udfff", "\udc80", "\x00", "\x1b]0;x\x07", "\x1b[31m", "\u202e",
             "\u200b", "\ufeff", "\u0301", "\u00ad", "\r", "\x0c", "\u2028", "\u2029",
             "\U0001f600", "\ufffd", "\x85", "\t", "\u0000"]
NUMBERS = ["99999999999999999999", "1" + "0" * 400, "1e308", "1e999", "0.0000000000001",
           "-0", "1,000,000,000,000,000,000,000", "9" * 30 + ".5", "NaN", "inf", "1/0",
           "12-7", "787-9", "½", "٣", "²"]
UNITS = ["tonnes", "percent", "%", "dollars", "billion dollars", "km", "people",
         "USD per tonne", "rubles", "years"]
DATES = ["99999999999 days ago", "9999-12-31", "0000-00-00", "0001-01-01",
         "in 99999 years", "next 999999999 weeks", "on 31 February", "last 10000000 months",
         "99999999 years ago", "on Tuesday", "in the year 99999", "Dec. 32, 2022",
         "three million years ago", "tomorrow"]
PUBLISHED = [None, None, "2022-10-18", "9999-12-31", "0001-01-01", "garbage", "2022-13-45",
             "", "2022", "2022-10", "10/18/2022", "\ud800"]
CUES = ["said", "told reporters", "according to", "stressed", "noted that", ":",
        "added", "believes", "said in a statement on Tuesday that"]


def seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES if p.exists()]
    for path in SEED_JSONL:
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines()
                      if line.strip()]
    return texts or ['The minister said: "Prices will rise by 5 percent next year."']


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        if not chars:
            chars = list("x")
        i = rng.randrange(len(chars) + 1)
        op = rng.random()
        if op < 0.3:
            chars[i:i] = list(rng.choice(QUOTES + ODD_CHARS))
        elif op < 0.5 and i < len(chars):
            del chars[i:i + rng.randint(1, 40)]
        elif op < 0.65:
            j = rng.randrange(len(chars) + 1)
            chars[i:i] = chars[min(i, j):max(i, j)][:400]
        elif op < 0.8:
            chars[i:i] = list(f" {rng.choice(NUMBERS)} {rng.choice(UNITS)} ")
        elif op < 0.9:
            chars[i:i] = list(f" {rng.choice(DATES)} ")
        else:
            chars[i:i] = list(f' {rng.choice(CUES)} {rng.choice(QUOTES)}')
    return "".join(chars)


def _nested_quotes(rng: random.Random) -> str:
    depth = rng.randint(5, 60)
    opens = [rng.choice(QUOTES) for _ in range(depth)]
    inner = "".join(f'He said {q}she said ' for q in opens)
    return inner + "it." + "".join(rng.choice(QUOTES) for _ in range(rng.randint(0, depth)))


def _long_sentence(rng: random.Random) -> str:
    words = ["the", "minister", "said", "that", "prices", "would", "rise", ",", "and",
             "according", "to", "him", "5", "percent", '"', "of", "tonnes", "Borodavkin"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(300, 1500))) + "."


def _punct_run(rng: random.Random) -> str:
    run = rng.choice(PUNCT_RUNS) * rng.randint(500, 8000)
    return rng.choice(["", "The minister said: ", 'He said "']) + run + rng.choice(
        ["", " he said.", '" she added.'])


def _figures_and_dates(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(3, 20)):
        parts.append(rng.choice([
            f"The minister said exports grew from {rng.choice(NUMBERS)} to "
            f"{rng.choice(NUMBERS)} {rng.choice(UNITS)} {rng.choice(DATES)}.",
            f'"We shipped {rng.choice(NUMBERS)} {rng.choice(UNITS)}," she said {rng.choice(DATES)}.',
            f"According to the ministry, {rng.choice(NUMBERS)}% of {rng.choice(NUMBERS)} "
            f"{rng.choice(UNITS)} were sold {rng.choice(DATES)}.",
        ]))
    return " ".join(parts)


def _odd_unicode(rng: random.Random) -> str:
    return "".join(rng.choice(ODD_CHARS + QUOTES + [" ", "said", "He", ":", "\n\n", "a"])
                   for _ in range(rng.randint(10, 2000)))


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, dict]]:
    """``n`` inputs as (kind, keyword arguments for ``saidwhat.analyze``)."""
    rng = random.Random(seed)
    texts = seed_texts()
    makers = [
        ("mutated", lambda: _mutate(rng, rng.choice(texts))),
        ("mutated", lambda: _mutate(rng, rng.choice(texts))),
        ("mutated", lambda: _mutate(rng, rng.choice(texts))),
        ("nested_quotes", lambda: _nested_quotes(rng)),
        ("long_sentence", lambda: _long_sentence(rng)),
        ("punct_run", lambda: _punct_run(rng)),
        ("figures_dates", lambda: _figures_and_dates(rng)),
        ("odd_unicode", lambda: _odd_unicode(rng)),
    ]
    for i in range(n):
        kind, make = rng.choice(makers)
        text = make()
        yield kind, {"text": text, "published": rng.choice(PUBLISHED),
                     "title": rng.choice([None, None, _mutate(rng, "Minister: prices will rise")]),
                     "id": f"fuzz-{seed}-{i}"}


def invariant_errors(article, schema_validator=None) -> list[str]:
    """What is wrong with one analysed article (empty when nothing)."""
    errors = []
    n = len(article.text)
    ids = {a.id for a in article.attributions}
    for a in article.attributions:
        for role in ("source", "cue", "content"):
            for start, end in getattr(a, role):
                if not (0 <= start < end <= n):
                    errors.append(f"attribution {a.id} {role} span {[start, end]} "
                                  f"outside the text or empty")
        if not a.content:
            errors.append(f"attribution {a.id} has no content")
        if a.nested_in is not None and a.nested_in not in ids:
            errors.append(f"attribution {a.id} nested_in {a.nested_in}: no such attribution")
    parent = {a.id: a.nested_in for a in article.attributions}
    for start in parent:
        seen, at = set(), start
        while at is not None and at in parent:
            if at in seen:
                errors.append(f"nested_in forms a cycle through {start}")
                break
            seen.add(at)
            at = parent[at]
    try:
        record = json.loads(json.dumps(article.to_dict(), ensure_ascii=False)
                            .encode("utf-8").decode("utf-8"))
    except (TypeError, ValueError, UnicodeError) as exc:
        return errors + [f"not JSON: {type(exc).__name__}: {exc}"]
    if schema_validator is not None:
        for err in schema_validator.iter_errors(record):
            errors.append(f"schema: {'/'.join(map(str, err.path))}: {err.message[:200]}")
    return errors


def schema_validator():
    import jsonschema

    schema = json.loads((ROOT / "src" / "saidwhat" / "schema" / "article.schema.json")
                        .read_text())
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


class Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise Timeout()


def run(n: int, seed: int, limit: float, failures: Path | None, progress: bool = True) -> dict:
    import saidwhat

    saidwhat.analyze("Warm-up: he said.")  # model load is not an input's time
    validator = schema_validator()
    counts = {"inputs": 0, "exceptions": 0, "hangs": 0, "violations": 0, "slowest_s": 0.0}
    bad = []
    signal.signal(signal.SIGALRM, _alarm)
    started = time.perf_counter()
    for kind, kwargs in generate(n, seed):
        counts["inputs"] += 1
        t0 = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            article = saidwhat.analyze(**kwargs)
            signal.setitimer(signal.ITIMER_REAL, 0)
            problems = invariant_errors(article, validator)
            if problems:
                counts["violations"] += 1
                bad.append({"kind": kind, "what": "violation", "detail": problems[:5], **kwargs})
        except Timeout:
            counts["hangs"] += 1
            bad.append({"kind": kind, "what": "hang", "detail": f"over {limit} s", **kwargs})
        except Exception as exc:  # noqa: BLE001 (that is what we count)
            signal.setitimer(signal.ITIMER_REAL, 0)
            counts["exceptions"] += 1
            bad.append({"kind": kind, "what": "exception",
                        "detail": "".join(traceback.format_exception_only(exc)).strip()
                        + " @ " + traceback.extract_tb(exc.__traceback__)[-1].name, **kwargs})
        counts["slowest_s"] = max(counts["slowest_s"], round(time.perf_counter() - t0, 2))
        if progress and counts["inputs"] % 250 == 0:
            print(f"fuzz: {counts['inputs']:,}/{n:,} inputs, {counts['exceptions']} exceptions, "
                  f"{counts['hangs']} hangs, {counts['violations']} violations, "
                  f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    counts["seconds"] = round(time.perf_counter() - started, 1)
    if failures is not None:
        with open(failures, "w", encoding="utf-8") as f:
            for b in bad:
                f.write(json.dumps(b, ensure_ascii=True) + "\n")
    counts["failures"] = bad
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="inputs to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=float, default=5.0, help="seconds an input may take")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures.jsonl"),
                        help="where failing inputs are written (JSON lines)")
    args = parser.parse_args()
    counts = run(args.n, args.seed, args.limit, args.failures)
    bad = counts.pop("failures")
    print(json.dumps(counts))
    for b in bad[:10]:
        print(f"{b['what']} ({b['kind']}): {b['detail']}", file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
