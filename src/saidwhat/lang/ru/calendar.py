"""Russian month and weekday names (lemmas and the genitive a date writes)."""

MONTHS = {"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
          "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12}
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4,
            "суббота": 5, "воскресенье": 6}
#: words after a year (``в 2021 году``, ``2021-2022 гг.``), as lemmas and abbreviations
YEAR_WORDS = frozenset({"год", "годах", "года", "году", "годом", "годы", "гг", "г"})
#: prepositions before a weekday that dates something (``во вторник``)
WEEKDAY_PREPOSITIONS = ("во", "в")
