"""Word lists the structure stage matches against. Data, not rules: extend freely."""

from __future__ import annotations

#: News agencies and wire services: canonical name -> the ways a text writes it (the
#: Russian wires' own spellings too: their datelines are read in any language).
WIRES = {
    "TASS": ["TASS", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС"],
    "Reuters": ["Reuters", "REUTERS", "Thomson Reuters"],
    "AP": ["AP", "Associated Press", "The Associated Press"],
    "AFP": ["AFP", "Agence France-Presse", "Agence France Presse"],
    "Xinhua": ["Xinhua", "XINHUA", "Xinhua News Agency"],
    "RIA Novosti": ["RIA Novosti", "RIA", "РИА Новости"],
    "Interfax": ["Interfax", "INTERFAX", "INTERFAX.RU", "Интерфакс", "INTERFAX-SIBERIA"],
    "Sputnik": ["Sputnik"],
    "Bloomberg": ["Bloomberg"],
    "dpa": ["dpa", "DPA", "Deutsche Presse-Agentur"],
    "EFE": ["EFE"],
    "ANSA": ["ANSA"],
    "Kyodo": ["Kyodo", "Kyodo News"],
    "Yonhap": ["Yonhap"],
    "PTI": ["PTI", "Press Trust of India"],
    "ANI": ["ANI"],
    "IANS": ["IANS"],
    "UPI": ["UPI", "United Press International"],
    "Anadolu": ["Anadolu", "Anadolu Agency", "AA"],
    "PA Media": ["PA", "PA Media", "Press Association"],
    "Kazinform": ["Kazinform", "КАЗИНФОРМ", "Казинформ"],
    "Kabar": ["Kabar"],
    "AKIpress": ["AKIpress"],
    "Trend": ["Trend"],
    "UzA": ["UzA"],
    "BelTA": ["BelTA"],
    "Ukrinform": ["Ukrinform"],
    "IRNA": ["IRNA"],
    "Bernama": ["Bernama"],
    "Antara": ["Antara"],
    "CNA": ["CNA"],
    "PR Newswire": ["PRNewswire", "PR Newswire"],
    "GlobeNewswire": ["GlobeNewswire", "Globe Newswire"],
    "Business Wire": ["Business Wire", "BUSINESS WIRE"],
}

WIRE_BY_ALIAS = {alias.lower(): name for name, aliases in WIRES.items() for alias in aliases}

#: Photo agencies a caption may end with (besides the wires).
PHOTO_AGENCIES = ["Getty Images", "Shutterstock", "Alamy", "EPA", "EPA-EFE", "PA Media",
                  "PA Wire", "AP Photo", "Reuters", "AFP", "Sputnik", "TASS", "Xinhua"]

#: A line that is only one of these heads a list of links to other articles.
RELATED_HEADINGS = [
    r"read (?:also|more|next)", r"also read", r"see also", r"related",
    r"related (?:stories|story|coverage|articles|content|links|news|topics|reading)",
    r"more on this (?:story|topic)", r"more (?:stories|news|articles) ?(?:from|on|about)?.*",
    r"more from .+", r"trending(?: now)?", r"recommended(?: for you)?",
    r"you (?:may|might) also (?:like|be interested in)", r"most (?:read|popular|viewed)",
    r"popular(?: now)?", r"top stories", r"latest(?: news)?", r"what to read next",
    r"topics", r"tags", r"more about this story", r"explore more on these topics",
]

#: A line starting like this points to one other article.
READMORE_PREFIXES = [r"read (?:more|also|next)", r"also read", r"see also", r"related",
                     r"more", r"watch", r"listen", r"latest", r"recommended"]

#: Lines with no article content: footers, share bars, notes. (label, pattern) pairs,
#: matched case-insensitively against one whole line.
NON_BODY_LINES = [
    ("share", r"^(?:share(?: this)?(?: article| story| page| on)?|share via)\s*:?(?:\s.*)?$"),
    ("share", r"^(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|copy link)"
              r"(?:\s*[|·•/]\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail"
              r"|copy link|print))+\s*$"),
    ("footer", r"^(?:©|\(c\)\s|copyright\b)"),
    ("footer", r"\ball rights reserved\b"),
    ("footer", r"^our standards\b"),
    ("footer", r"\bfollow (?:us|him|her|them|[A-Z].{0,40}?) on (?:facebook|twitter|x|instagram"
               r"|telegram|linkedin|tiktok|youtube|threads)\b"),
    ("footer", r"^(?:contact|email|e-mail|write to) .{0,60}\b(?:at|on) \S+@\S+"),
    ("footer", r"\bsubscribe (?:to|for|now)\b"),
    ("footer", r"^source: .{1,60}\|"),
    ("footer", r"^[\w .]{1,40}: https?://\S+$"),
    ("footer", r"^(?:story continues|article continues|continue reading)\b.*"
               r"(?:below|advertisement)?$"),
    ("footer", r"^advertisement$"),
    ("footer", r"^(?:this|the) (?:article|story|report|series|coverage) (?:is|was) "
               r"(?:part of|produced|supported|funded)\b"),
    ("footer", r"\breceives? (?:support|funding) from\b.*\bresponsible for\b"),
    ("footer", r"^sign up (?:for|to)\b"),
    ("footer", r"^(?:click|tap) here\b"),
    ("editor_note", r"^(?:this|the) (?:interview|article|story|transcript) has been "
                    r"(?:edited|condensed|updated|corrected|translated)\b"),
    ("editor_note", r"^(?:editor'?s|editors’|editor’s) note\s*:"),
    ("editor_note", r"^correction\s*:"),
    ("editor_note", r"^\((?:updates|adds|recasts|corrects|changes|refiles|rewrites)\b.*\)$"),
    ("fx_note", r"^\(\s*[$€£¥]\s?1 = [^)]*\)$"),
    ("byline", r"^(?:(?:additional )?reporting|writing|editing|compiled|edited|written|"
               r"translated|production|graphics|research) by\b.{0,200}$"),
    ("byline", r"^[-—–]*\s*with assistance from\b"),
    ("credit", r"\bcontributed (?:reporting )?to this (?:report|story|article)\b"),
    ("credit", r"^(?:based on (?:materials|reports|information) (?:from|of|by)|"
               r"with (?:inputs|materials) from)\s*:?\s+\S.{0,80}$"),
    ("credit", r"^source\s*:\s*\S.{0,80}$"),
    ("credit", r"^(?:photo|photograph|image|picture|video|illustration|graphic|cover photo)"
               r"s?(?: by)?\s*:\s*\S.{0,100}$"),
    ("credit", r"^(?:photo|photograph|picture|image)s? by\s+\S.{0,80}$"),
    ("boilerplate", r"^(?:media|press|investor) (?:contacts?|enquiries|inquiries)\s*:?"),
    ("boilerplate", r"^forward[- ]looking statements?$"),
    ("boilerplate", r"^(?-i:SOURCE [A-Z])"),
    ("byline", r"^news provided by$"),
    ("byline", r"^(?:published|updated|posted|last updated|first published)\b[^.]{0,60}"
               r"(?:ago|\d{4}|[ap]\.?m\.?|gmt|bst|utc|[a-z]{2,4}t)$"),
    ("footer", r"^(?:this article was|first published|originally published) (?:on|in|by)\b"),
    ("editor_note", r"^(?:this article was (?:amended|corrected|updated))\b"),
    ("share", r"^(?:listen to this article|save (?:this )?article|print this (?:page|article)|"
              r"comments?|\d+ comments?|gift this article)$"),
    ("credit", r"^(?:image|photo|video) (?:source|credit)s?\s*[,:]\s*\S.{0,100}$"),
    ("caption", r"^(?:image|photo) caption\s*[,:]\s*\S"),
]

#: The start of a press release's closing boilerplate ("About Acme Corp"): it and
#: everything after it is not article text.
BOILERPLATE_HEAD = r"^(?-i:About [A-Z][\w&'’\- ]{1,60})$"
