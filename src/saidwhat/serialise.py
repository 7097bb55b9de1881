"""What saidwhat puts on a spaCy ``Doc`` survives ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=...)``: spaCy packs ``doc.user_data`` with msgpack, and these
encoders teach it saidwhat's data model (a dataclass becomes a tagged dict, and back).
Registered once, when the spaCy components are (``components.py``)."""

from __future__ import annotations

import dataclasses

import srsly

from . import model

_TAG = "__saidwhat__"
_TYPES = {cls.__name__: cls for cls in (model.Attribution, model.Entity, model.Amount,
                                        model.DateMention, model.Block, model.Provenance,
                                        model.Structure)}
#: fields that hold ``(start, end)`` spans: msgpack gives lists back
_SPAN_LISTS = {"source", "cue", "content", "mentions"}


def encode(obj, chain=None):
    if dataclasses.is_dataclass(obj) and type(obj).__name__ in _TYPES:
        return {_TAG: type(obj).__name__,
                "fields": {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}}
    if type(obj).__module__.startswith("saidwhat."):
        return None  # a stage's working state (the entity registry): rebuilt on demand
    return obj if chain is None else chain(obj)


def decode(obj, chain=None):
    if isinstance(obj, dict) and _TAG in obj:
        # spaCy unpacks arrays as tuples: lists where the model has lists, tuples for
        # the (start, end) spans
        fields = {k: _lists(v) for k, v in obj["fields"].items()}
        for name in _SPAN_LISTS & fields.keys():
            fields[name] = [tuple(s) for s in fields[name] or []]
        if isinstance(fields.get("span"), list):
            fields["span"] = tuple(fields["span"])
        return _TYPES[obj[_TAG]](**fields)
    return obj if chain is None else chain(obj)


def _lists(value):
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


def register() -> None:
    """Teach spaCy's msgpack saidwhat's types (idempotent)."""
    if "saidwhat" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("saidwhat", func=encode)
        srsly.msgpack_decoders.register("saidwhat", func=decode)
