"""Russian number and unit words for figures (``8 млрд долларов``, ``23 проекта``)."""

MULTIPLIERS = {"тыс": 1e3, "тысяча": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9,
               "миллиард": 1e9, "трлн": 1e12, "триллион": 1e12}
CURRENCIES = {"доллар": "USD", "долл": "USD", "евро": "EUR", "рубль": "RUB", "руб": "RUB",
              "тенге": "KZT", "сом": "KGS", "сум": "UZS", "юань": "CNY"}
PERCENT_WORDS = frozenset({"%", "процент", "проц"})
