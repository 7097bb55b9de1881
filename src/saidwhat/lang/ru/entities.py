"""Russian role nouns: the words a source uses for a person or body already named.

A role noun (``посол``, ``дипломат``) in a source is resolved to the latest person the
article named with a noun of the same class (``speakers/inflected.py``). Lemmas.
"""

from __future__ import annotations

#: class -> lemmas; a role written with one lemma of a class matches a mention written
#: with any other (``посол`` ... ``дипломат``).
ROLE_CLASSES = {
    "regional": "аким губернатор мэр глава",
    "legislator": "депутат парламентарий сенатор спикер",
    "forecaster": "синоптик метеоролог климатолог",
    "diplomat": "посол дипломат консул посланник",
    "minister": "министр замминистра вице-министр замглавы",
    "head": "руководитель председатель директор президент премьер премьер-министр "
            "канцлер зампред",
    "spokesperson": "представитель пресс-секретарь спикер",
    "lawyer": "адвокат защитник юрист",
    "coach": "тренер наставник",
    "athlete": "спортсмен капитан игрок футболист хоккеист теннисист полузащитник "
               "нападающий вратарь форвард",
    "expert": "эксперт аналитик экономист политолог",
    "official": "чиновник",
}
ROLE_CLASS = {w: c for c, words in ROLE_CLASSES.items() for w in words.split()}
#: nouns that stand for an organisation already named (``ведомство``, ``агентство``)
ORGANISATION_WORDS = frozenset("""
ведомство министерство агентство ассоциация компания суд банк служба пресс-служба
организация комитет правительство администрация мид минздрав
""".split())
#: a source of this head speaks for its organisation (``пресс-служба суда``)
SPEAKS_FOR = frozenset({"пресс-служба", "представитель", "пресс-секретарь", "пресс-центр"})
#: Short names of bodies -> the full name they stand for (lowercase): ``МИД
#: Узбекистана`` and ``Министерство иностранных дел Узбекистана`` are one body.
ORG_ABBREVIATIONS = {
    "мид": "министерство иностранных дел", "минздрав": "министерство здравоохранения",
    "минфин": "министерство финансов", "минобороны": "министерство обороны",
    "минтранс": "министерство транспорта", "минюст": "министерство юстиции",
    "минпросвещения": "министерство просвещения", "минэнерго": "министерство энергетики",
    "минэкономразвития": "министерство экономического развития",
    "мвд": "министерство внутренних дел", "цб": "центральный банк",
    "еврокомиссия": "европейская комиссия", "евросоюз": "европейский союз",
    "ес": "европейский союз", "оон": "организация объединенных наций",
    "мвф": "международный валютный фонд", "мчс": "министерство по чрезвычайным ситуациям",
}
#: family words: a person of their own (``мама сказала``), never the person just quoted
KIN = frozenset("""
мама мать папа отец бабушка дедушка бабуля дед брат сестра сын дочь жена муж тётя тетя
дядя внук внучка
""".split())
#: ``сам он``, ``сама``: emphasis, not a word of the source's name
SELF = frozenset({"сам", "сама", "само", "сами"})
#: personal pronouns a source may be, by the gender they tell (``его`` is also neuter)
PRONOUN_MASC = frozenset("он его него ему им нем нём".split())
PRONOUN_FEM = frozenset("она ее её нее неё ей ней".split())
PRONOUN_PLURAL = frozenset("они их них ими".split())
#: the relative pronoun, in the forms a subject takes
RELATIVE = frozenset("который которая которое которые".split())
