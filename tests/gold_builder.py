"""Gold records from articles annotated with substrings (the test data builders' core).

Annotations are written as substrings; this turns them into exact [start, end] spans so
a gold file cannot drift from its text.
"""


def occurrences(text, piece):
    # whole words only: "he" is not the end of "the"
    found, at = [], text.find(piece)
    while at >= 0:
        end = at + len(piece)
        if not (at > 0 and text[at - 1].isalnum() and piece[0].isalnum()) and \
                not (end < len(text) and text[end].isalnum() and piece[-1].isalnum()):
            found.append(at)
        at = text.find(piece, at + 1)
    if not found:
        raise ValueError(f"not in text: {piece!r}")
    return found


def content_spans(text, pieces, after):
    start = text.index(after) if after else 0
    spans = []
    for n, piece in enumerate(pieces):
        at = next((o for o in occurrences(text, piece) if o >= start), -1)
        if at < 0:
            raise ValueError(f"content piece not found after offset {start}: {piece!r}")
        if n == 0 and not after and len(occurrences(text, piece)) > 1:
            raise ValueError(f"ambiguous content, give 'after': {piece!r}")
        spans.append([at, at + len(piece)])
        start = at + len(piece)
    return spans


def nearest_spans(text, pieces, content):
    # source and cue pieces: the occurrence nearest the content's first..last piece
    lo, hi = content[0][0], content[-1][1]
    distance = lambda at, n: max(lo - (at + n), at - hi, 0)
    return [
        [at, at + len(piece)]
        for piece in pieces
        for at in [min(occurrences(text, piece), key=lambda o: distance(o, len(piece)))]
    ]


def build(article, extra=()):
    """The gold record of an annotated article (``extra``: more annotations)."""
    text = article["text"]
    attributions = []
    for n, a in enumerate(list(article["attributions"]) + list(extra), 1):
        content = content_spans(text, a["content"], a.get("after"))
        record = {
            "id": n,
            "kind": a["kind"],
            "speaker": a["speaker"],
            "source": nearest_spans(text, a.get("source", []), content),
            "cue": nearest_spans(text, a.get("cue", []), content),
            "content": content,
        }
        for key in ("nested_in", "unresolved", "note", "speaker_alternates"):
            if key in a:
                record[key] = a[key]
        attributions.append(record)
    return {"id": article["id"], "text": text, "title": text.split("\n", 1)[0],
            "attributions": attributions, "synthetic": True}
