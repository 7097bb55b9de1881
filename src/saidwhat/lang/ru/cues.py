"""Russian cue lexicons, by lemma, for the UD rules (``attribution/ud.py``).

Lemmas are the data; every inflected form the rules look up (``заявила``,
``подчеркнули``, ``говорится``) is generated from them by pymorphy3 on first use
(``RULE_WORDS``, ``LEMMA_OF``), so a lemma written here covers its whole paradigm.
"""

from __future__ import annotations

import functools

#: Verbs of speech and writing: content is a ``что``-clause, a quotation, or the
#: sentence around them (``..., заявил он``).
SPEECH = frozenset("""
сказать говорить заявить заявлять сообщить сообщать отметить отмечать подчеркнуть
подчёркивать подчеркивать добавить добавлять пояснить пояснять уточнить уточнять напомнить
напоминать рассказать рассказывать написать писать объявить объявлять указать указывать
заметить замечать констатировать предупредить предупреждать заверить заверять утверждать
настаивать ответить отвечать пожаловаться жаловаться признать признаться признавать
подтвердить подтверждать опровергнуть отрицать передать процитировать цитировать
резюмировать акцентировать высказаться заключить сетовать посетовать обещать пообещать
объяснить объяснять сообщаться говориться отмечаться подчёркиваться подчеркиваться
указываться заявляться уверять возразить возражать прокомментировать комментировать
посоветовать советовать порекомендовать рекомендовать попросить просить поделиться
пошутить посетовать возмутиться удивиться отчитаться проинформировать информировать
анонсировать озвучить огласить парировать подытожить обратить спросить спрашивать
воскликнуть крикнуть кричать прошептать шептать пробормотать произнести повторить
повторять вспоминать вспомнить
""".split())
#: Gestures and sounds that frame a quotation in narrative (``— Ну что ж, — вздохнул
#: он.``); never a cue of a clause.
FRAMING = frozenset("""
вздохнуть усмехнуться улыбнуться засмеяться рассмеяться махнуть кивнуть пожать
развести нахмуриться перебить продолжить продолжать
""".split())
#: Beliefs, expectations and attitudes (``считает, что``, ``уверена, что``).
BELIEF = frozenset("""
считать полагать думать верить надеяться ожидать опасаться бояться допустить допускать
предположить предполагать прогнозировать рассчитывать уверенный убеждённый убежденный
сомневаться знать понимать уверить убедить
""".split())
#: Stances, evaluations, demands and intentions whose content is the verb's object
#: with its complements (``назвал X образцом``, ``призвал стороны к сдержанности``,
#: ``поручил решить``).
STANCE = frozenset("""
назвать называть объяснить объяснять связать связывать раскритиковать критиковать
осудить осуждать похвалить хвалить приветствовать поддержать поддерживать разделять
призвать призывать поручить поручать предложить предлагать потребовать требовать
обвинить обвинять отвергнуть отвергать отказаться отказываться одобрить одобрять
оценить оценивать выразить высказать допустить допускать ожидать пообещать обещать
признавать отрицать
""".split())
#: Verbs that frame a refusal or a failure to speak (``не стала уточнять``,
#: ``отказался комментировать``): the content is what the inner verb would report.
REFUSAL = frozenset("стать отказаться отказываться".split())
#: ... of which these only when negated (``не стала уточнять``)
REFUSAL_NEGATED = frozenset({"стать"})
#: Impersonal passives a document speaks through (``говорится в заявлении``).
IMPERSONAL = frozenset("""
говориться сообщаться отмечаться подчёркиваться подчеркиваться указываться заявляться
""".split())
#: ``по словам X``, ``по мнению X``, ``по данным X``: the noun after ``по``.
ACCORDING_NOUNS = frozenset("""
слово мнение данные оценка подсчёт подсчет информация сведения утверждение прогноз
мнение ожидание сообщение
версия расчёт расчет заявление убеждение
""".split())
#: Nouns that make an attribution with the verb they hang on (``выразил надежду,
#: что``, ``обратились с просьбой перенести``): the noun's clause is the content.
NOMINAL = frozenset("""
надежда уверенность обеспокоенность озабоченность сожаление мнение просьба призыв
предложение требование обещание намерение готовность убеждённость убежденность
сомнение опасение недовольство поддержка
""".split())
#: Verbs whose content is a prepositional phrase, with its prepositions (``рассказал
#: о ценах``, ``рассчитывает на рост``, ``выступил против запрета``).
PREP_FRAMES = {
    **{v: frozenset({"о", "об", "обо"}) for v in """рассказать рассказывать говорить
        сообщить сообщать написать писать заявить заявлять предупредить предупреждать
        напомнить напоминать высказаться умолчать""".split()},
    **{v: frozenset({"на"}) for v in """рассчитывать надеяться указать указывать
        пожаловаться жаловаться сослаться ссылаться""".split()},
    **{v: frozenset({"за", "против"}) for v in "выступить выступать высказаться".split()},
}
ABOUT_PREPOSITIONS = frozenset({"о", "об", "обо"})
#: ``по словам X``: the preposition before an according noun.
ACCORDING_PREPOSITION = "по"
#: ``сообщили в пресс-службе суда``: a subjectless verb's source, after these.
BODY_PREPOSITIONS = frozenset({"в", "во"})
#: Words pointing back to the previous sentence as the content (``Об этом заявил``).
BACK_POINTERS = frozenset({"это", "этом"})
#: ``Как отметил X, ...``, ``Как пишет агентство, ...``.
AS_WORDS = frozenset({"как"})
#: Nouns of documents and messages a statement is ``in`` (``в заявлении ведомства``).
DOCUMENT_NOUNS = frozenset("""
заявление сообщение документ статья письмо обращение релиз пресс-релиз доклад отчёт
отчет интервью telegram-канал канал блог пост публикация материал комментарий
""".split())
#: Source words that are the speaker speaking of himself, or nobody in particular.
FIRST_PERSON = frozenset("я мы".split())
NON_REFERRING = frozenset("это оно ничто никто что-то кто-то всё все".split())
PRONOUNS = frozenset("он она оно они его её ее их ему ей им него неё нее них".split())

# The generic stages' questions (``attribution.candidates``, ``nesting``): Russian
# has no weak triggers that need a partner word.
WEAK_TRIGGERS: frozenset[str] = frozenset()
WEAK_TRIGGER_PARTNERS: dict[str, frozenset[str]] = {}
DOCUMENT_VERBS_WEAK: frozenset[str] = frozenset()

#: verbs whose content is a clause or a quotation
REPORTING = SPEECH | BELIEF
#: verbs that frame a quotation
QUOTING = SPEECH | BELIEF | STANCE | FRAMING

_LEMMAS = (SPEECH | BELIEF | STANCE | REFUSAL | IMPERSONAL | ACCORDING_NOUNS | NOMINAL
           | FRAMING | frozenset(PREP_FRAMES))


@functools.cache
def _forms() -> dict[str, frozenset[str]]:
    """Every form of every lemma -> the lemmas it may be a form of."""
    from .morph import paradigm

    out: dict[str, set[str]] = {}
    for lemma in _LEMMAS:
        for form in paradigm(lemma):
            out.setdefault(form, set()).add(lemma)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _rule_words() -> frozenset[str]:
    return frozenset(_forms())


def __getattr__(name: str):
    # generated on first use: pymorphy3's dictionary loads in a tenth of a second, and
    # only when a Russian article is read
    if name == "RULE_WORDS":
        return _rule_words()
    if name == "LEMMAS_OF":
        return _forms()
    raise AttributeError(name)
