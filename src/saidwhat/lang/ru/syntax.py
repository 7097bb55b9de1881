"""Universal Dependencies, as slovnet's Russian parser labels them.

The tag of a token is its UD part of speech (``VERB``, ``NOUN``, ``PROPN`` ...); case,
gender, number and verb form are in ``token.morph`` (``Case=Gen``, ``Gender=Fem``,
``VerbForm=Fin``). The English rules ask for ClearNLP roles; these are the roles the
UD rules (``attribution/ud.py``) ask for.
"""

from __future__ import annotations

#: which grammar the labels follow: the attribution and speaker stages pick their
#: rules by it
SCHEME = "ud"

ROOT = "root"
SUBJECT = "nsubj"
PASSIVE_SUBJECT = "nsubj:pass"
SUBJECTS = (SUBJECT, PASSIVE_SUBJECT)
OBJECT = "obj"
INDIRECT_OBJECT = "iobj"
OBLIQUE = "obl"
CLAUSE = "ccomp"
OPEN_CLAUSE = "xcomp"
ADVERBIAL_CLAUSE = "advcl"
NOUN_CLAUSE = "acl"
RELATIVE_CLAUSE = "acl:relcl"
PARATAXIS = "parataxis"
MARKER = "mark"
CASE = "case"
ADVERB = "advmod"
NEGATION_WORDS = frozenset({"не"})
CONJUNCT = "conj"
COORDINATOR = "cc"
PUNCT = "punct"
APPOSITION = "appos"
NOUN_MODIFIER = "nmod"
FLAT_NAME = "flat:name"
DETERMINER = "det"
AUX = "aux"
UNLABELLED = "dep"

# Parts of speech (UD).
VERB = "VERB"
AUXILIARY = "AUX"
NOUN = "NOUN"
PROPER_NOUN = "PROPN"
PRONOUN = "PRON"
ADJECTIVE = "ADJ"
ADVERB_TAG = "ADV"
PARTICLE_TAG = "PART"
PUNCT_TAG = "PUNCT"
#: words that may stand between a pointer and its verb (``Об этом уже сообщалось``)
MODIFIER_TAGS = frozenset({ADVERB_TAG, PARTICLE_TAG})
NOMINALS = frozenset({NOUN, PROPER_NOUN, PRONOUN})
PROPER_NOUNS = frozenset({PROPER_NOUN})
#: the tagger's tags a capitalised sentence opener may wrongly get; UD's tagger reads
#: capitals itself, so no correction is needed (see ``nlp.tag_names_opening_sentences``)
NAME_LOOKALIKES = frozenset()


def is_verb(tag: str) -> bool:
    return tag in (VERB, AUXILIARY)


def is_noun(tag: str) -> bool:
    return tag in (NOUN, PROPER_NOUN)


def is_adjective(tag: str) -> bool:
    return tag == ADJECTIVE
