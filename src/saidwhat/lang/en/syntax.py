"""The English model's labels, named by the grammatical role the rules ask for.

``en_core_web_sm`` labels dependencies in the ClearNLP scheme and tags words in the
Penn Treebank set. Rules never test a label literal: they ask for a role here
(``syn.OBJECT``, ``syn.is_verb(tag)``), so a language whose model uses other labels
(Universal Dependencies: ``obj``, ``obl`` ...) brings its own map.
"""

from __future__ import annotations

#: which grammar the labels follow: the attribution and speaker stages pick their
#: rules by it
SCHEME = "clearnlp"

# Dependencies: clause-level roles.
ROOT = "ROOT"
SUBJECT = "nsubj"
PASSIVE_SUBJECT = "nsubjpass"
SUBJECTS = (SUBJECT, PASSIVE_SUBJECT)
OBJECT = "dobj"
DATIVE = "dative"  #: the indirect object (``told him``), or ``to``/``for`` + object
ATTRIBUTE = "attr"  #: a copula's predicate noun
ADJ_COMPLEMENT = "acomp"
OBJECT_PREDICATE = "oprd"  #: ``called it careful``: careful
AGENT = "agent"  #: ``by`` of a passive
CLAUSE = "ccomp"  #: a clausal complement (``said that ...``)
OPEN_CLAUSE = "xcomp"  #: a complement sharing the subject (``plans to ...``)
ADVERBIAL_CLAUSE = "advcl"
RELATIVE_CLAUSE = "relcl"
NOUN_CLAUSE = "acl"  #: a clause modifying a noun (``the claim that ...``, participles)
PARATAXIS = "parataxis"
AUX = "aux"
PASSIVE_AUX = "auxpass"
NEGATION = "neg"
MARKER = "mark"  #: a subordinator (``that``, ``whether``, ``if``)
PARTICLE = "prt"  #: a phrasal verb's particle (``point out``)
ADVERB = "advmod"
NOUN_ADVERBIAL = "npadvmod"  #: a noun used as an adverb (``Tuesday``)
PREPOSITION = "prep"
PREP_OBJECT = "pobj"
PREP_CLAUSE = "pcomp"  #: a clause as a preposition's object (``as saying``)
CONJUNCT = "conj"
COORDINATOR = "cc"
PUNCT = "punct"
INTERJECTION = "intj"  #: ``yes``, ``no``
UNLABELLED = "dep"  #: the parser's "no better label"; also every unparsed token
# Dependencies: noun-phrase roles.
DETERMINER = "det"
POSSESSOR = "poss"
COMPOUND = "compound"
ADJ_MODIFIER = "amod"
NOUN_MODIFIER = "nmod"
APPOSITION = "appos"
NUMBER = "nummod"
QUANTIFIER = "quantmod"
CASE = "case"  #: the possessive ``'s``

# Groups the rules ask for.
#: where a word stands as a noun (a cue word there is not a clause's verb)
NOUN_POSITIONS = frozenset({ADJ_MODIFIER, COMPOUND, NOUN_MODIFIER, PREP_OBJECT, SUBJECT,
                            PASSIVE_SUBJECT, OBJECT, APPOSITION, ATTRIBUTE, POSSESSOR,
                            NOUN_ADVERBIAL})
#: where a title or role word before a subject hangs (``Foreign Minister Lavrov``)
TITLE_POSITIONS = frozenset({SUBJECT, PASSIVE_SUBJECT, UNLABELLED, COMPOUND, NOUN_ADVERBIAL})
#: links through which a verb without a subject takes its head's subject
INHERITS_SUBJECT = frozenset({CONJUNCT, ADVERBIAL_CLAUSE, OPEN_CLAUSE, UNLABELLED,
                              PREP_CLAUSE, PREPOSITION})

# Tags (Penn Treebank).
MODAL = "MD"
GERUND = "VBG"
BASE_VERB = "VB"
PAST_PARTICIPLE = "VBN"
#: verb forms that carry tense: a clause of their own
FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD"})
PROPER_NOUNS = frozenset({"NNP", "NNPS"})
PROPER_NOUN = "NNP"
#: common-word tags the tagger gives a name that opens a sentence (``Trump`` NN,
#: ``Jolly`` RB, ``Will`` MD); ``nlp.tag_names_opening_sentences`` corrects them
NAME_LOOKALIKES = frozenset({"NN", "NNS", "JJ", "RB", "MD", "VB", "VBP", "VBZ"})
PLURAL_NOUN = "NNS"
PERSONAL_PRONOUN = "PRP"
PRONOUNS = frozenset({PERSONAL_PRONOUN, "WP"})
COORDINATING = "CC"
NUMERAL = "CD"
DETERMINER_TAG = "DT"
WH_DETERMINER = "WDT"
#: words opening an embedded question (``why``, ``what``, ``which``, ``whose``)
WH_WORDS = frozenset({"WRB", "WP", "WDT", "WP$"})
EXISTENTIAL = "EX"
CURRENCY_SIGN = "$"
#: the tags of the words of a bare noun phrase (``the state's two largest polls``)
NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
                              "CD", "POS", "PRP", "HYPH"})


def is_verb(tag: str) -> bool:
    return tag.startswith("VB")


def is_noun(tag: str) -> bool:
    return tag.startswith("NN")


def is_adjective(tag: str) -> bool:
    return tag.startswith("JJ")
