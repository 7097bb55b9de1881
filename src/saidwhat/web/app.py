"""The web UI and HTTP API over a corpus: FastAPI routes, Jinja2 pages.

Pages are rendered on the server; the only script is ``static/article.js`` (click a
highlighted span to see its attribution). Article text is untrusted: templates
autoescape, the highlighter escapes every piece, and the Content-Security-Policy
forbids inline scripts.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import Depends, FastAPI, Form, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from swagger_ui_bundle import swagger_ui_path

from ..errors import InputError, SaidwhatError
from ..model import KINDS, Article
from ..store.corpus import FACET_SAMPLE, MAX_PAGE_NUMBER
from ..store.export import write_csv
from .analysis import ANALYSIS_SECONDS, AnalysisPool, AnalysisUnavailable
from .highlight import article_colours, highlight_article, speaker_colour
from .limits import BodySizeLimit, SecurityHeaders

HERE = Path(__file__).parent
#: Largest request body accepted (an article pasted as HTML is well under this).
MAX_BODY_BYTES = 2_000_000
#: Rows a search download holds at most (the CLI's `export` has no limit).
MAX_DOWNLOAD_ROWS = 10_000
ARTICLES_PER_PAGE = 50
#: ISO date, year or month: the forms ``saidwhat search --since`` accepts.
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
#: An ISO date with an optional time: what ``published`` may hold.
ISO_DATETIME = r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
#: The same, or empty (a form's blank field).
ISO_DATE_OR_BLANK = r"^(\d{4}(-\d{2}(-\d{2})?)?)?\s*$"


class NotFound(SaidwhatError):
    """A page or record that does not exist (answered with 404)."""


class AnalyzeRequest(BaseModel):
    """One article to analyse: its ``text``, or a web page's ``html``."""

    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="A web page; its main text is analysed.")
    title: str | None = None
    published: str | None = Field(None, pattern=ISO_DATETIME,
                                  description="ISO date (or date and time)")
    id: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def one_input(self) -> AnalyzeRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


FILTER_NAMES = ("q", "speaker", "about", "since", "until", "kind", "wire", "outlet",
                "language")


@dataclasses.dataclass
class SearchFilters:
    """The filters of ``saidwhat search``, as query parameters."""

    q: Annotated[str | None, Query(description="Full-text query on the statements")] = None
    speaker: Annotated[str | None, Query(description="Speaker name")] = None
    about: Annotated[str | None, Query(description="An entity the statement mentions")] = None
    since: Annotated[str | None, Query(
        pattern=ISO_DATE_OR_BLANK,
        description="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")] = None
    until: Annotated[str | None, Query(
        pattern=ISO_DATE_OR_BLANK,
        description="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD)")] = None
    kind: Annotated[str | None, Query(description="Attribution kind: "
                                      + ", ".join(KINDS))] = None
    wire: Annotated[str | None, Query(description="Wire agency (TASS, Reuters ...)")] = None
    outlet: Annotated[str | None, Query(
        description="The web site an article came from (apnews.com), or its origin")] = None
    language: Annotated[str | None, Query(
        description="The articles' language, ISO 639-1 (en, ru)")] = None
    order: Annotated[str | None, Query(description="rank (default with q), newest, "
                                       "oldest")] = None
    limit: Annotated[int, Query(ge=1, le=500)] = 50
    offset: Annotated[int, Query(ge=0, le=MAX_PAGE_NUMBER)] = 0

    def __post_init__(self) -> None:
        # Empty form fields mean "no filter".
        for name in FILTER_NAMES + ("order",):
            value = getattr(self, name)
            if value is not None and not value.strip():
                setattr(self, name, None)

    @property
    def any(self) -> bool:
        return any(getattr(self, n) for n in FILTER_NAMES)

    def search(self, corpus) -> list:
        return corpus.search(self.q, speaker=self.speaker, about=self.about,
                             since=self.since, until=self.until,
                             kind=self.kind, wire=self.wire, order=self.order,
                             limit=self.limit, offset=self.offset, outlet=self.outlet,
                             language=self.language)

    def facets(self, corpus) -> dict[str, list[tuple[str, int]]]:
        return corpus.facets(self.q, speaker=self.speaker, about=self.about,
                             since=self.since, until=self.until, kind=self.kind,
                             wire=self.wire, outlet=self.outlet, language=self.language)

    def narrowed(self, **change: str) -> str:
        """The query string of this search with one more filter (a facet's link)."""
        from urllib.parse import urlencode

        params = {n: getattr(self, n) for n in FILTER_NAMES + ("order",) if getattr(self, n)}
        params.update(change)
        return urlencode(params)

    def total(self, corpus) -> int:
        return corpus.count(self.q, speaker=self.speaker, about=self.about,
                            since=self.since, until=self.until, kind=self.kind,
                            wire=self.wire, outlet=self.outlet, language=self.language)

    def records(self, corpus) -> list[dict[str, Any]]:
        """Every statement of the search (up to ``MAX_DOWNLOAD_ROWS``), as export rows."""
        return corpus.search_records(self.q, speaker=self.speaker, about=self.about,
                                     since=self.since, until=self.until, kind=self.kind,
                                     wire=self.wire, order=self.order, outlet=self.outlet,
                                     language=self.language, limit=MAX_DOWNLOAD_ROWS)

    def page_query(self, offset: int, *, all: bool = False) -> str:  # noqa: A002
        """The query string of the same search at another offset (``all``: without
        paging, for a download)."""
        from urllib.parse import urlencode

        params = {n: getattr(self, n) for n in FILTER_NAMES + ("order",) if getattr(self, n)}
        if not all:
            params.update(limit=self.limit, offset=max(0, offset))
        return urlencode(params)


def record(obj: Any) -> dict[str, Any]:
    """A store result (a dataclass) as a JSON-ready dict."""
    return obj.to_dict() if hasattr(obj, "to_dict") else dataclasses.asdict(obj)


def get_corpus(request: Request):
    corpus = request.app.state.corpus
    if corpus is None:
        raise NotFound("no corpus is open: start the server with "
                       "'saidwhat serve --db corpus.db'")
    return corpus


OpenCorpus = Annotated[Any, Depends(get_corpus)]
Filters = Annotated[SearchFilters, Depends()]


def _evidence(article: Article, evidence: dict[str, Any] | None) -> dict[str, Any]:
    """The speaker's evidence as the panel shows it: the rule and the quoted mentions."""
    evidence = evidence or {"rule": "unresolved"}
    return {"rule": evidence.get("rule", "unresolved"),
            "mentions": [{"text": article.text[s:e], "start": s, "end": e}
                         for s, e in evidence.get("mention", [])]}


def article_context(article: Article) -> dict[str, Any]:
    """What the article view shows: highlighted text plus the side panel."""
    colours = article_colours(article)
    speakers: dict[str, dict[str, Any]] = {}
    for a in article.attributions:
        if not a.speaker:
            continue
        entity = article.entity(a.speaker_entity)
        s = speakers.setdefault(a.speaker, {
            "name": a.speaker, "statements": 0, "unresolved": a.unresolved,
            "colour": colours[a.speaker], "role": entity.role if entity else None,
            "type": entity.type if entity else None,
            "country": entity.country if entity else None})
        s["statements"] += 1
    attributions = [{
        "id": a.id, "kind": a.kind, "speaker": a.speaker, "unresolved": a.unresolved,
        "nested_in": a.nested_in, "colour": colours[a.speaker],
        "source": article.span_text(a.source), "cue": article.span_text(a.cue),
        "content": article.span_text(a.content),
        "about": [e.name for e in map(article.entity, a.about) if e],
        "evidence": _evidence(article, a.speaker_evidence),
    } for a in article.attributions]
    discarded = [{"label": b.label, "text": article.text[b.span[0]:b.span[1]]}
                 for b in article.blocks if not b.is_body]
    return {"article": article, "highlighted": highlight_article(article, colours),
            "speakers": list(speakers.values()), "attributions": attributions,
            "discarded": discarded, "provenance": dataclasses.asdict(article.provenance),
            "colours": colours}


def create_app(db: str | Path | None = None, *, max_body_bytes: int = MAX_BODY_BYTES,
               analysis_workers: int = 1, analysis_seconds: float = ANALYSIS_SECONDS
               ) -> FastAPI:
    """The app over the corpus at ``db`` (opened read-only, once); without a corpus
    only the analyse page and ``POST /api/analyze`` work. Analyses run in
    ``analysis_workers`` processes, each at most ``analysis_seconds``."""
    analysis = AnalysisPool(analysis_workers, analysis_seconds)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        analysis.close()

    app = FastAPI(
        lifespan=lifespan,
        title="saidwhat",
        summary="Who said what in news articles: statements, speakers, spans.",
        version=_version(),
        docs_url=None,  # served below from the package's own Swagger UI files
        redoc_url=None,
    )
    # The Swagger UI that installs from PyPI (4.x) reads OpenAPI 3.0 documents; the
    # schema saidwhat's API gives reads as 3.0 too.
    app.openapi_version = "3.0.3"
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)  # added last = outermost: on every response
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        """The API's interactive documentation, with no request leaving the machine."""
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="saidwhat API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="data:,")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals["speaker_colour"] = speaker_colour
    env.globals["kinds"] = KINDS
    templates = Jinja2Templates(env=env)

    # One read-only connection for the app's life (the store serialises access).
    from ..store import Corpus

    opened = app.state.corpus = Corpus(db, readonly=True) if db is not None else None

    def page(request: Request, template: str, /, status_code: int = 200, **context
             ) -> HTMLResponse:
        context["has_corpus"] = opened is not None
        return templates.TemplateResponse(request, template, context,
                                          status_code=status_code)

    # ---- errors: JSON under /api, a page elsewhere; always one clear line ----
    def error(request: Request, status: int, message: str, detail: Any = None):
        if request.url.path.startswith("/api/"):
            body = {"error": message}
            if detail is not None:
                body["detail"] = detail
            return JSONResponse(body, status_code=status)
        return page(request, "error.html", status, status=status, message=message,
                    filters=dict(request.query_params))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return error(request, 404, str(exc))

    @app.exception_handler(AnalysisUnavailable)
    async def unavailable(request: Request, exc: AnalysisUnavailable):
        return error(request, 503, str(exc))

    @app.exception_handler(SaidwhatError)
    async def user_error(request: Request, exc: SaidwhatError):
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = []
        for e in exc.errors():
            if e.get("type") == "json_invalid":
                problems.append("the body is not valid JSON: send an object such as "
                                '{"text": "..."}')
                continue
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query"))
            msg = e.get("msg")
            if e.get("type") == "string_pattern_mismatch" and where in ("since", "until"):
                msg = "give a date as YYYY, YYYY-MM or YYYY-MM-DD"
            problems.append(f"{where}: {msg}" if where else str(msg))
        detail = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")}
                  for e in exc.errors()]
        return error(request, 422, "bad request: " + "; ".join(problems), detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, str(exc.detail))

    # ---- pages ----
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, filters: Filters):
        if opened is None:
            return page(request, "search.html", filters=filters, hits=None, recent=[])
        if not filters.any:
            return page(request, "search.html", filters=filters, hits=None,
                        recent=opened.articles(limit=20), stats=opened.stats())
        hits = filters.search(opened)
        total = filters.total(opened)
        return page(request, "search.html", filters=filters, hits=hits, total=total,
                    more=filters.offset + len(hits) < total, facets=filters.facets(opened),
                    facet_sample=FACET_SAMPLE)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, c: OpenCorpus,
                      q: Annotated[str | None, Query()] = None,
                      wire: Annotated[str | None, Query()] = None,
                      since: Annotated[str | None, Query(pattern=ISO_DATE_OR_BLANK)] = None,
                      until: Annotated[str | None, Query(pattern=ISO_DATE_OR_BLANK)] = None,
                      offset: Annotated[int, Query(ge=0, le=MAX_PAGE_NUMBER)] = 0):
        chosen = {"q": q or "", "wire": wire or "", "since": (since or "").strip(),
                  "until": (until or "").strip()}
        listed = c.articles(query=q or None, wire=wire or None, since=chosen["since"] or None,
                            until=chosen["until"] or None, limit=ARTICLES_PER_PAGE + 1,
                            offset=offset)
        return page(request, "articles.html", articles=listed[:ARTICLES_PER_PAGE],
                    chosen=chosen, offset=offset, more=len(listed) > ARTICLES_PER_PAGE,
                    per_page=ARTICLES_PER_PAGE)

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, c: OpenCorpus):
        article = c.article(article_id)
        if article is None:
            raise NotFound(f"no article with id {article_id!r} in the corpus")
        return page(request, "article.html", stored=True, **article_context(article))

    @app.get("/speakers", response_class=HTMLResponse, include_in_schema=False)
    def speakers_page(request: Request, c: OpenCorpus,
                      q: Annotated[str | None, Query()] = None):
        speakers = c.speakers(query=q or None, limit=500)
        return page(request, "speakers.html", speakers=speakers, q=q or "")

    @app.get("/speakers/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(request: Request, name: str, c: OpenCorpus):
        hits = c.statements_by(name, limit=2000)  # oldest first
        if not hits:
            raise NotFound(f"no statements by {name!r} in the corpus")
        per_month = Counter((h.published or "undated")[:7] for h in hits)
        timeline = sorted(per_month.items())
        aliases = [a for a in c.aliases_of(name) if a.casefold() != name.casefold()]
        return page(request, "speaker.html", name=name, hits=hits, timeline=timeline,
                    most=max(per_month.values()), colour=speaker_colour(name),
                    aliases=sorted(aliases))

    @app.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_form(request: Request):
        return page(request, "analyze.html", form={})

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_page(request: Request,
                     text: Annotated[str, Form()] = "",
                     input_type: Annotated[str, Form(alias="as")] = "text",
                     title: Annotated[str, Form()] = ""):
        form = {"text": text, "as": input_type, "title": title}
        try:
            article = analysis.analyze(text=text if input_type != "html" else None,
                                    html=text if input_type == "html" else None,
                                    title=title.strip() or None)
        except AnalysisUnavailable as exc:
            return page(request, "analyze.html", 503, form=form, message=str(exc))
        except InputError as exc:
            return page(request, "analyze.html", 400, form=form, message=str(exc))
        return page(request, "analyze.html", form=form, stored=False,
                    **article_context(article))

    # ---- HTTP API ----
    @app.post("/api/analyze", tags=["analyse"],
              summary="Analyse one article (nothing is stored)")
    def api_analyze(body: AnalyzeRequest) -> dict[str, Any]:
        """The same JSON as ``saidwhat analyze --format json`` gives for one article."""
        article = analysis.analyze(text=body.text, html=body.html, title=body.title,
                                published=body.published, id=body.id)
        return article.to_dict()

    @app.get("/api/attributions", tags=["corpus"], summary="Search the statements")
    def api_attributions(filters: Filters, c: OpenCorpus) -> dict[str, Any]:
        """One page of the statements a search finds: ``count`` on this page, ``total``
        in all, ``next`` the query string of the next page (null on the last)."""
        hits = [record(h) for h in filters.search(c)]
        total = filters.total(c)
        more = filters.offset + len(hits) < total
        return {"count": len(hits), "total": total, "offset": filters.offset,
                "next": f"/api/attributions?{filters.page_query(filters.offset + filters.limit)}"
                if more else None, "facets": {k: [{"value": v, "count": n} for v, n in rows]
                                              for k, rows in filters.facets(c).items()},
                "attributions": hits}

    @app.get("/api/attributions.json", tags=["corpus"],
             summary="Download a search as JSON (export's columns)")
    def api_attributions_json(filters: Filters, c: OpenCorpus) -> JSONResponse:
        """Every statement the search finds (up to 10,000), with the columns of
        ``saidwhat export``."""
        return JSONResponse(filters.records(c), headers={
            "Content-Disposition": 'attachment; filename="saidwhat-search.json"'})

    @app.get("/api/attributions.csv", tags=["corpus"], response_class=PlainTextResponse,
             summary="Download a search as CSV (export's columns)")
    def api_attributions_csv(filters: Filters, c: OpenCorpus) -> PlainTextResponse:
        """Every statement the search finds (up to 10,000), with the columns of
        ``saidwhat export`` (spans as JSON text), header included."""
        out = io.StringIO()
        write_csv(filters.records(c), out)
        return PlainTextResponse(out.getvalue(), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition":
                                          'attachment; filename="saidwhat-search.csv"'})

    @app.get("/api/articles", tags=["corpus"], summary="List the stored articles")
    def api_articles(c: OpenCorpus, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                     offset: Annotated[int, Query(ge=0, le=MAX_PAGE_NUMBER)] = 0) -> dict[str, Any]:
        articles = [record(a) for a in c.articles(limit=limit, offset=offset)]
        return {"count": len(articles), "offset": offset, "articles": articles}

    @app.get("/api/articles/{article_id:path}", tags=["corpus"],
             summary="One stored article with all it holds")
    def api_article(article_id: str, c: OpenCorpus) -> dict[str, Any]:
        article = c.article(article_id)
        if article is None:
            raise NotFound(f"no article with id {article_id!r} in the corpus")
        return article.to_dict()

    @app.get("/api/speakers", tags=["corpus"], summary="Speakers and their statement counts")
    def api_speakers(c: OpenCorpus, q: Annotated[str | None, Query()] = None,
                     limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                     offset: Annotated[int, Query(ge=0, le=MAX_PAGE_NUMBER)] = 0
                     ) -> dict[str, Any]:
        speakers = [record(s) for s in c.speakers(query=q or None, limit=limit,
                                                  offset=offset)]
        return {"count": len(speakers), "offset": offset, "speakers": speakers}

    return app


def _version() -> str:
    from .. import __version__

    return __version__
