"""Passes for places that speak: a capital or a country's government stands for the
country (``Moscow``, ``the Uzbek side``)."""

from __future__ import annotations

import re

from ..entities import EntityInfo
from .phrases import GOVERNMENT
from .said import Said


class PlacePasses:
    def _government(self, core: str, cs: int, ce: int, outer) -> Said | None:
        """'Moscow and Tehran' -> 'Russia and Iran'; 'the Uzbek side' -> 'Uzbekistan'."""
        words = re.findall(r"[\w\-.’']+", core)
        if not words:
            return None
        lows = [w.lower().strip(".") for w in words]
        if lows[0] in ("the",):
            lows = lows[1:]
        if not lows:
            return None
        if len(lows) == 1 and any(i.entity.type == "person" and i.surname == lows[0]
                                  for i in self.reg.infos):
            return None  # "Jordan said", with a Michael Jordan in the article
        if lows[-1] in GOVERNMENT and len(lows) <= 3:
            country = self.lex.country_of(lows[-2]) if len(lows) >= 2 else None
            if country:
                return Said(cs, ce, country, self._country(country, (cs, ce)), "country")
        parts = re.split(r"\s+and\s+|,\s*", core)
        countries = []
        for p in parts:
            p = p.strip()
            c = self.lex.countries.get(p.lower()) or self.lex.capitals.get(p.lower()) or \
                self.lex.capitals.get(re.sub(r"^the\s+", "", p.lower()))
            if not c:
                return None
            countries.append(c)
        if not countries:
            return None
        name = " and ".join(countries)
        info = self._country(countries[0], (cs, ce)) if len(countries) == 1 else None
        return Said(cs, ce, name, info, "country")

    def _country(self, name: str, span: tuple[int, int]) -> EntityInfo:
        """The country entity (added when the article names it only by its capital)."""
        info = self.reg.by_country(name)
        if info is None:
            info = self.reg.add("country", name, span, country=name)
        return info
