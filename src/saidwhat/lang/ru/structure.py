"""Russian wire datelines and page furniture. Data, not rules: extend freely."""

from __future__ import annotations

_PLACE = r"[А-ЯЁ][А-ЯЁа-яё\-]+(?:[ \-][А-ЯЁ][А-ЯЁа-яё\-]+)?"
_DAY = r"\d{1,2}\s+[а-яё]{3,8}\.?"
#: ``МОСКВА, 14 марта. /ТАСС/.``, ``МОСКВА, 3 ноя — РИА Новости.``,
#: ``Москва. 12 апреля. INTERFAX.RU - ``, ``АСТАНА. КАЗИНФОРМ – ``: a place, a day,
#: and the agency between slashes or after a dash, up to the first word of the text.
DATELINE = (rf"^{_PLACE}[.,]\s+(?:{_DAY}\s+)?"
            r"(?:/(?P<ru_agency>[^/\n]{1,30})/\.?|(?:[-–—]\s+)?(?P<ru_agency2>"
            r"РИА Новости|ТАСС|Интерфакс|INTERFAX[\w.\-]*|КАЗИНФОРМ|Казинформ|Sputnik|"
            r"РБК|БелТА|Кабар|24\.kz)\.?(?:\s*[-–—])?)\s+(?=\S)")
#: Lines of page furniture, whole: the agency's sign-off, photo credits, calls to
#: subscribe.
FURNITURE = (r"^(?:/[А-ЯЁA-Z ]{2,20}/\.?|Фото:.*|Фото .*/(?:ТАСС|РИА Новости).*"
             r"|Больше новостей в .*|Подписывайтесь на .*|Читайте также:?.*)$")
