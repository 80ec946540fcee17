"""The review page: the documents that need a person, worst first; each with its page image, its values
editable and its reasons beside them. Saving validates with the schema and records who changed what and
when in the run store; every later export of the run carries the corrections (``corrected_fields``).

Plain server-rendered HTML (Jinja with autoescaping: a receipt that prints ``<script>`` shows it as
text), no script, keyboard friendly: the first field a reason names has the focus, Enter saves, and the
access keys are S (save), A (accept as it is), N (next) and P (previous).
"""

from __future__ import annotations

import io
import typing
from typing import Any

import jinja2
from pydantic import BaseModel

from .document import Document
from .results import RunResult
from .stages.load import XML_SUFFIXES

PAGE = jinja2.Environment(autoescape=True).from_string("""<!doctype html>
<html><head><meta charset="utf-8"><title>Review {{ doc.source.name }} — run {{ run }}</title>
<style>body{font-family:sans-serif;margin:1.5em;display:flex;gap:2em}img{max-width:48vw;border:1px solid #ccc}
label{display:block;margin:.4em 0 .1em;font-size:.9em;color:#444}input[type=text]{width:26em;padding:3px}
.flag{color:#b00}.reason{color:#b00;font-size:.9em}nav a{margin-right:1em}
td input{padding:2px}.hint{font-size:.8em;color:#666}</style></head>
<body><div>{% if not shown_pages %}<p>An e-invoice XML: no page to show — its values are the file's own.</p>{% endif %}
{% for n in range(1, shown_pages + 1) %}<img src="{{ image }}?n={{ n }}" alt="page {{ n }} of {{ doc.source.name }}">
{% endfor %}{% if doc.pages|length > shown_pages %}<p>(the first {{ shown_pages }} of {{ doc.pages|length }} pages)</p>{% endif %}</div>
<div><h1>{{ doc.source.name }}</h1>
<nav>{% if previous is not none %}<a href="{{ previous }}" accesskey="p">&larr; previous (P)</a>{% endif %}
{% if next is not none %}<a href="{{ next }}" accesskey="n">next (N) &rarr;</a>{% endif %}
<a href="{{ listing }}">all documents</a></nav>
<p>Status: <b class="{{ 'flag' if doc.status != 'ok' else '' }}">{{ doc.status }}</b>
{% if doc.reviewed_by %} — reviewed by {{ doc.reviewed_by }}{% endif %}
{% if doc.template %} — read by the template <code>{{ doc.template }}</code> a correction taught{% endif %}</p>
{% if error %}<p class="flag" role="alert">Not saved: {{ error }}</p>{% endif %}
<ul>{% for reason in doc.reasons %}<li class="reason">{{ reason }}</li>{% endfor %}</ul>
<form method="post">
{% for name, value in fields %}<label for="f-{{ name }}" class="{{ 'flag' if name in flagged else '' }}">{{ name }}
{% if name in confidence %}({{ '%.2f' % confidence[name] }}){% endif %}</label>
<input type="text" id="f-{{ name }}" name="field:{{ name }}" value="{{ value if value is not none else '' }}"
 {% if name == focus %}autofocus{% endif %}>
{% endfor %}
{% for table in tables %}<h2>{{ table.name }}</h2>
<table><tr>{% for column in table.columns %}<th>{{ column }}</th>{% endfor %}</tr>
{% for row in table.rows %}{% set r = loop.index0 %}<tr>{% for column in table.columns %}
<td><input type="text" name="list:{{ table.name }}:{{ r }}:{{ column }}" aria-label="{{ table.name }} {{ r + 1 }} {{ column }}"
 value="{{ row.get(column) if row.get(column) is not none else '' }}" size="{{ 28 if loop.first else 8 }}"></td>
{% endfor %}</tr>{% endfor %}</table>
<p class="hint">A row left empty is removed; the empty last row adds one.</p>{% endfor %}
<p><label for="who">your name</label><input type="text" id="who" name="who" value="{{ who }}"></p>
<button type="submit" name="action" value="save" accesskey="s">Save (S / Enter)</button>
<button type="submit" name="action" value="accept" accesskey="a">Accept as it is (A)</button>
</form></div></body></html>""")

LISTING = jinja2.Environment(autoescape=True).from_string("""<!doctype html>
<html><head><meta charset="utf-8"><title>Review run {{ run }}</title>
<style>body{font-family:sans-serif;margin:1.5em}td,th{padding:3px 8px;border-bottom:1px solid #eee;text-align:left}
.flag{color:#b00}</style></head><body><h1>Run {{ run }}: {{ pipeline }}</h1>
<p>{{ rows|length }} documents; {{ flagged }} need review. Worst first.</p>
{% if flagged %}<form action="{{ rows[0].href }}" method="get"><button id="start" autofocus>Start reviewing (Enter)</button></form>{% endif %}
<table><tr><th>#</th><th>document</th><th>status</th><th>reasons</th><th>reviewed</th></tr>
{% for row in rows %}<tr><td>{{ row.seq + 1 }}</td><td><a href="{{ row.href }}">{{ row.name }}</a></td>
<td class="{{ 'flag' if row.status != 'ok' else '' }}">{{ row.status }}</td><td>{{ row.reasons }}</td>
<td>{{ row.reviewed or '' }}</td></tr>{% endfor %}</table></body></html>""")

SEVERITY = {"failed": 0, "needs_review": 1, "ok": 2}
MAX_PAGES_SHOWN = 10


def order(result: RunResult) -> list[int]:
    """Document positions, worst first: needs review (most reasons first), then the rest."""
    ranked = sorted(range(len(result.documents)), key=lambda i: (
        SEVERITY.get(result.documents[i].status, 3), -len(result.documents[i].reasons), i))
    return ranked


def listing(run: int, result: RunResult, base: str) -> str:
    rows = [{"seq": i, "name": result.documents[i].source.name, "status": result.documents[i].status,
             "reasons": "; ".join(result.documents[i].reasons), "reviewed": result.documents[i].reviewed_by,
             "href": f"{base}/{i}"} for i in order(result)]
    return LISTING.render(run=run, pipeline=result.pipeline, rows=rows,
                          flagged=sum(d.status != "ok" for d in result.documents))


def scalar_fields(data: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(name, value) for name, value in data.items() if not isinstance(value, (list, dict))]


def list_columns(schema: type[BaseModel] | None) -> dict[str, list[str]]:
    """Fields that are lists of records (line items) -> their columns."""
    out: dict[str, list[str]] = {}
    for name, info in (schema.model_fields.items() if schema else []):
        for arg in typing.get_args(info.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                out[name] = list(arg.model_fields)
    return out


def page(run: int, result: RunResult, index: int, base: str, error: str | None = None,
         values: dict[str, Any] | None = None, who: str = "", schema: type[BaseModel] | None = None) -> str:
    doc = result.documents[index]
    shown = {**doc.data, **(values or {})}
    tables = [{"name": name, "columns": columns, "rows": [row for row in shown.get(name) or [] if isinstance(row, dict)]
               + [{}]} for name, columns in list_columns(schema).items()]
    ranked = order(result)
    at = ranked.index(index)
    fields = scalar_fields(shown)
    flagged = {name for name, _ in fields if any(name in reason for reason in doc.reasons)}
    focus = next((name for name, _ in fields if name in flagged), fields[0][0] if fields else None)
    confidence = {k: v.confidence for k, v in doc.evidence.items() if v.confidence is not None}
    return PAGE.render(doc=doc, run=run, fields=fields, flagged=flagged, focus=focus, confidence=confidence,
                       image=f"{base}/{index}/page.png", listing=base, error=error, who=who, tables=tables,
                       shown_pages=0 if not doc.pages and doc.source.suffix.lower() in XML_SUFFIXES  # (an e-invoice)
                       else max(1, min(len(doc.pages), MAX_PAGES_SHOWN)),
                       previous=f"{base}/{ranked[at - 1]}" if at > 0 else None,
                       next=f"{base}/{ranked[at + 1]}" if at + 1 < len(ranked) else None)


def form_lists(form: dict[str, str]) -> dict[str, list[dict[str, str | None]]]:
    """``list:items:2:amount`` form fields -> ``{"items": [row, ...]}``; rows left empty are dropped."""
    rows: dict[str, dict[int, dict[str, str]]] = {}
    for key, text in form.items():
        parts = key.split(":")
        if len(parts) == 4 and parts[0] == "list" and parts[2].isdigit():
            rows.setdefault(parts[1], {}).setdefault(int(parts[2]), {})[parts[3]] = text.strip()
    return {name: [{k: (v or None) for k, v in row.items()} for _n, row in sorted(by_row.items())
                   if any(row.values())] for name, by_row in rows.items()}


def changes(schema: type[BaseModel], data: dict[str, Any], form: dict[str, str]) -> dict[str, tuple[Any, Any]]:
    """field -> (old, new) for the values the form changed, validated with the schema (ValidationError
    names the field that does not fit; ``items.1.amount`` for a line item)."""
    proposed = dict(data)
    edited = {}
    for name, rows in form_lists(form).items():
        if name not in schema.model_fields:
            continue
        old_rows = data.get(name) or []
        columns = list_columns(schema).get(name, [])
        before = [{c: row.get(c) for c in columns} for row in old_rows if isinstance(row, dict)]
        after = schema.model_validate({**data, name: rows}).model_dump(mode="json")[name]
        if [{c: row.get(c) for c in columns} for row in after] != before:
            proposed[name] = rows
            edited[name] = old_rows
    for key, text in form.items():
        if not key.startswith("field:"):
            continue
        name = key[len("field:"):]
        if name not in schema.model_fields:
            continue
        old = data.get(name)
        if text.strip() == ("" if old is None else str(old)).strip():
            continue
        proposed[name] = text.strip() or None
        edited[name] = old
    record = schema.model_validate(proposed).model_dump(mode="json")
    return {name: (old, record.get(name)) for name, old in edited.items()}


def page_image(document: Document, number: int = 1, max_side: int = 1400) -> bytes:
    """Page ``number`` of a document as PNG, with a box around where each value was read on it: red for
    the values a review reason names, green for the others. IndexError when it has no such page."""
    from PIL import ImageDraw

    from .stages.load import LoadOptions, load_document

    pages = load_document(document.source, LoadOptions.model_validate({"dpi": 100}), target_side=max_side).pages
    if not 1 <= number <= len(pages):
        raise IndexError(number)
    first = pages[number - 1].pixels().convert("RGB")
    first.thumbnail((max_side, max_side))
    draw = ImageDraw.Draw(first)
    width, height = first.size
    for name, evidence in document.evidence.items():
        flagged = any(name in reason for reason in document.reasons)
        for page, left, top, right, bottom in evidence.boxes:
            if page == number:
                draw.rectangle((left * width - 2, top * height - 2, right * width + 2, bottom * height + 2),
                               outline=(200, 0, 0) if flagged else (0, 150, 0), width=3 if flagged else 2)
    buffer = io.BytesIO()
    first.save(buffer, "PNG")
    return buffer.getvalue()



