"""Which language an article is written in: its script, then its function words.

Small and offline on purpose (no model to download, under a millisecond an article):
saidwhat only has to tell the languages it has a profile for from those it has not, so
that an article it cannot read is reported in one line instead of returning nothing. English
is the answer unless the text clearly says otherwise: a short headline or a page of
names and figures stays English.
"""

from __future__ import annotations

import re

#: Names of the languages told apart here, for messages.
NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian", "kk": "Kazakh",
         "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
         "pt": "Portuguese", "nl": "Dutch", "tr": "Turkish", "pl": "Polish",
         "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
         "el": "Greek", "he": "Hebrew", "hi": "Hindi", "fa": "Persian"}

#: Frequent short words of each language written in Latin letters (none shared with
#: English news; "die", "me", "a" are left out for that reason).
_FUNCTION_WORDS = {
    "en": "the and of to in that is was for on with said has have are by it from".split(),
    "de": "der das und nicht mit ist sich auf dem den eine ein sagte wurde auch".split(),
    "fr": "le les et est des une dans pour pas qui sur avec du au être selon".split(),
    "es": "el los las y del que una por para con es se según dijo su".split(),
    "it": "il che della per una sono gli nel del con non ha detto anche".split(),
    "pt": "os que uma para com não do da em são disse também mais".split(),
    "nl": "het een van en niet zijn voor met ook dat zei wordt".split(),
    "tr": "ve bir bu için ile da de olarak dedi çok".split(),
    "pl": "i w nie się na jest że z do powiedział".split(),
}
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: word -> the languages it is a function word of
_LANGUAGES_OF: dict[str, list[str]] = {}
for _code, _words in _FUNCTION_WORDS.items():
    for _w in _words:
        _LANGUAGES_OF.setdefault(_w, []).append(_code)
#: Letters only Ukrainian (і ї є ґ) or Kazakh (ә ғ қ ң ө ұ ү һ) write among Cyrillic.
_UKRAINIAN = set("їєґі")  # і: never Russian; Kazakh is told apart before
_KAZAKH = set("әғқңөұүһ")
#: Scripts by Unicode block: (first, last, language).
_SCRIPTS = tuple((re.compile(f"[{chr(first)}-{chr(last)}]"), code) for first, last, code in (
    (0x0600, 0x06FF, "ar"), (0x0370, 0x03FF, "el"), (0x0590, 0x05FF, "he"),
    (0x0900, 0x097F, "hi"), (0x3040, 0x30FF, "ja"), (0x4E00, 0x9FFF, "zh"),
    (0xAC00, 0xD7AF, "ko")))
#: Letters looked at: enough to decide, bounded on a long page.
_SAMPLE_CHARS = 2_000
#: A Latin-script text is another language only with this many function words of it
#: and at least twice as many as English ones.
_MIN_EVIDENCE = 5


def detect(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is most likely in (``en`` unless
    the text clearly says otherwise)."""
    sample = text[:_SAMPLE_CHARS]
    n_letters = len(_LETTER.findall(sample))
    if not n_letters:
        return "en"
    cyrillic = _CYRILLIC.findall(sample)
    if len(cyrillic) > n_letters / 2:
        lowered = {c.lower() for c in cyrillic}
        if lowered & _KAZAKH:
            return "kk"
        return "uk" if lowered & _UKRAINIAN else "ru"
    if not sample.isascii():
        for script, code in _SCRIPTS:
            if len(script.findall(sample)) > n_letters / 2:
                return code
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in _WORD.findall(sample.lower()):
        for code in _LANGUAGES_OF.get(word, ()):
            counts[code] += 1
    best = max((c for c in counts if c != "en"), key=counts.get)
    if counts[best] >= _MIN_EVIDENCE and counts[best] >= 2 * counts["en"]:
        return best
    return "en"


def name(code: str) -> str:
    return NAMES.get(code, code)
