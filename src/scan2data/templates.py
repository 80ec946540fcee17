"""Issuer templates: what one corrected document teaches about its issuer's layout.

A person's correction says which values are right; the document's transcript says where they were
printed. Together they give, per field, the label printed before the value (``TOTAL ROUNDED``), whether
the value sits on the label's line or the line under it, which occurrence of the label it was, how the
date was written (day or month first) and how many words a text value has — or, for the issuer's own
fields (its name, its address), the value itself. The next document whose transcript shows the
issuer's identifying line uses the template first; fields the template cannot find are left to the
engine. Templates are plain YAML a person can read and edit, like invoice2data's::

    issuer: KEDAI MAJU SDN BHD
    pipeline: receipt
    match: [KEDAI MAJU SDN BHD]          # every one must be printed on the document
    fields:
      merchant_name: {value: KEDAI MAJU SDN BHD}
      total: {label: TOTAL ROUNDED, where: same_line, occurrence: last}
      date: {label: DATE, where: same_line, occurrence: first, order: DMY}
    learned_from: {document: r1.png, run: 3, by: ana, at: '2026-11-26T10:00:00'}

They live in ``templates/PIPELINE/`` of the workspace (``--workspace``), else of ``SCAN2DATA_HOME``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .crosscheck import NUMBER_RE
from .document import TextLine
from .errors import ConfigError
from .metrics import as_amount, as_date, field_kinds, normalise_text, normalised_match, similarity
from .workspace import Workspace, home_dir

MATCH_SIMILARITY = 0.85  # how close a printed line must be to a template's identifying line (OCR varies)


class FieldTemplate(BaseModel):
    """How one field is found on this issuer's documents: a constant ``value``, or after a ``label``."""

    model_config = ConfigDict(extra="forbid")
    value: Any = None
    names_issuer: bool = Field(default=False, description="the issuer's name: applies whenever the template does")
    label: str | None = None
    where: Literal["same_line", "next_line"] = "same_line"
    occurrence: Literal["first", "last"] = "first"
    order: Literal["DMY", "MDY", "YMD"] | None = None  # dates: how the issuer writes them
    words: int | None = Field(default=None, ge=1, description="text values: how many words follow the label")
    line_has: str | None = Field(default=None, description="a word the label's line also holds, when the label alone "
                                                   "is printed in several places (``vom`` on ``Rechnung ... vom``)")


class Template(BaseModel):
    model_config = ConfigDict(extra="forbid")
    issuer: str
    pipeline: str
    match: list[str] = Field(min_length=1)
    fields: dict[str, FieldTemplate]
    learned_from: dict[str, Any] = Field(default_factory=dict)


# -- text helpers -------------------------------------------------------------------------------
def _key(text: str) -> tuple[str, list[int]]:
    """Letters and digits of ``text`` upper-cased, accents folded, and where each came from: labels are
    compared without spaces and punctuation, which OCR gets wrong most often."""
    chars, positions = [], []
    for index, char in enumerate(text):
        for folded in unicodedata.normalize("NFKD", char):
            if folded.isalnum():
                chars.append(folded.upper())
                positions.append(index)
    return "".join(chars), positions


def _label_end(line: str, label: str) -> list[int]:
    """Offsets in ``line`` just after each occurrence of ``label``."""
    key, positions = _key(line)
    wanted = _key(label)[0]
    if not wanted:
        return []
    return [positions[m.start() + len(wanted) - 1] + 1 for m in re.finditer(re.escape(wanted), key)]


CURRENCY_CODES = "RM|MYR|EUR|USD|GBP|CHF|INR"
CURRENCY_SIGNS = "€|\\$|£|¥|₹"
CURRENCY_WORD = re.compile(rf"[(]?(?:{CURRENCY_CODES}|RS|{CURRENCY_SIGNS})[)]?:?", re.I)  # a word of its own
CURRENCY_MARK = re.compile(rf"{CURRENCY_SIGNS}|\b(?:{CURRENCY_CODES})\b", re.I)  # inside a line
VALUE_WORD = re.compile(r"[^A-Za-z]*\d[^A-Za-z]*|[^A-Za-z]*\d[^A-Za-z]*[A-Za-z][^A-Za-z]*")  # 12.50, 31/12, 4X


def _clean_label(text: str) -> str:
    """The label right before a value: ``TOTAL (RM) :`` → ``TOTAL (RM)``, ``TOTAL RM`` → ``TOTAL``; the words
    after the last value-like one (``DATE : 31/12/2018 DEVISE`` → ``DEVISE``: another value is no label,
    while ``GST@6%`` is part of one); at most five."""
    words = re.sub(r"\s+", " ", text).strip(" :.-=#\t").split(" ")
    while words and CURRENCY_WORD.fullmatch(words[-1]):  # TOTAL RM 8.10: the label is TOTAL
        words.pop()
    values = [i for i, word in enumerate(words) if VALUE_WORD.fullmatch(word)]  # GST@6% is a label's word
    if values:
        words = words[values[-1] + 1:]
    return " ".join(words[-5:]).strip(" :.-=#")


def _has_letters(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 2


# -- finding values in a line -------------------------------------------------------------------
def _amount_spans(text: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of every number in ``text``; ``1.234,56`` and ``1,234.56`` both read."""
    out = []
    for match in NUMBER_RE.finditer(text):
        token = re.sub(r"['\u00a0\u202f ]", "", match.group(0))
        if re.search(r",\d{1,2}$", token):
            token = token.replace(".", "").replace(",", ".")
        else:
            token = token.replace(",", "")
        value = as_amount(token)
        if value is not None:
            out.append((match.start(), match.end(), value))
    return out


def _date_spans(text: str, order: str | None = None) -> list[tuple[int, int, dt.date, str]]:
    """(start, end, the date read in ``order``, as printed) for every date in ``text``."""
    from .fields.dates import date_spans

    out = []
    for start, raw, _value in date_spans(text):
        day = as_date(raw, order or "DMY")
        if day is not None:
            out.append((start, start + len(raw), day, raw))
    return out


def _date_order(raw: str, day: dt.date) -> str | None:
    for order in ("DMY", "MDY", "YMD"):
        if as_date(raw, order) == day:
            return order
    return None


# -- learning -----------------------------------------------------------------------------------
@dataclass
class _Hit:
    line: int
    start: int  # where the value starts in the line
    end: int


def _hits(lines: list[TextLine], kind: str, value: Any) -> list[_Hit]:
    """Where ``value`` is printed."""
    hits = []
    wanted, wanted_day, wanted_key = as_amount(value), as_date(value), _key(str(value))[0]
    for index, line in enumerate(lines):
        text = line.text
        if kind == "amount":
            hits += [_Hit(index, s, e) for s, e, v in _amount_spans(text) if wanted is not None and v == wanted]
        elif kind == "date":
            hits += [_Hit(index, s, e) for s, e, _d, raw in _date_spans(text)
                     if wanted_day is not None and _date_order(raw, wanted_day) is not None]
        else:
            key, positions = _key(text)
            if wanted_key and wanted_key in key:
                at = key.index(wanted_key)
                hits.append(_Hit(index, positions[at], positions[at + len(wanted_key) - 1] + 1))
    return hits


def _learn_field(lines: list[TextLine], kind: str, value: Any, read_from: list[str]) -> FieldTemplate | None:
    """The label and position of the printed ``value``: where the engine read it, when the engine was
    right (``read_from``: its evidence lines; a total printed before and after rounding is ambiguous
    otherwise), else where the most distinctive label points at it."""
    best: tuple[tuple[bool, int, int], FieldTemplate] | None = None
    # an engine's evidence "A / B / C" is the path it took: the value was read on the last line of it
    finals = [key for key in (_key(part.split(" / ")[-1])[0] for part in read_from) if key]
    for hit in _hits(lines, kind, value):
        text = lines[hit.line].text
        label, where = _clean_label(text[:hit.start]), "same_line"
        alone = not any(c.isalnum() for c in text[:hit.start] + text[hit.end:].replace("€", ""))
        if alone and hit.line > 0:  # the value alone on its line: its label is the line above
            above = lines[hit.line - 1].text
            if _has_letters(above) and not any(c.isdigit() for c in above):
                label, where = _clean_label(above), "next_line"
        if not _has_letters(label):
            continue
        found = FieldTemplate(label=label, where=where)  # type: ignore[arg-type]
        if kind == "date":
            found.order = _date_order(text[hit.start:hit.end], as_date(value) or dt.date.min)  # type: ignore[assignment]
        if kind == "text":
            found.words = max(1, len(str(value).split()))
        here = _key(lines[hit.line].text)[0]  # compared without punctuation: engines write 465.00 for 465,00
        engine_line = any(here in key or key in here for key in finals)
        label_line = lines[hit.line if where == "same_line" else hit.line - 1].text
        first_word = next((w for w in re.findall(r"[^\W\d_]{4,}", label_line) if w.upper() not in label.upper()), None)
        for context in (None, first_word):  # the label alone, else with a word of its line
            found.line_has = context
            read = occurrences(lines, kind, found)
            places = [index for index, _value in read]
            if not any(i == hit.line and normalised_match(value, got, kind) for i, got in read):
                places = []
                break  # the label does not lead to this value
            if len(places) == 1 or (len(places) == 2 and (len(_key(label)[0]) >= 4 or engine_line)):
                break
            places = []  # printed in too many places to point at one
        if not places or places.index(hit.line) not in (0, len(places) - 1):
            continue
        found.occurrence = "first" if places.index(hit.line) == 0 else "last"
        rank = (not engine_line, len(places), -len(label))  # the engine's line, fewest occurrences, longest label
        if best is None or rank < best[0]:
            best = (rank, found)
    return best[1] if best else None


def _identifying_line(lines: list[TextLine], issuer: str) -> str:
    """The printed line that best shows the issuer's name (as this reader reads it), else the first line
    with words: what a later document of the same issuer must also show."""
    scored = [(similarity(issuer, line.text), line.text) for line in lines[:40] if _has_letters(line.text)]
    contains = [text for text in (t for _s, t in scored) if normalise_text(issuer) and
                normalise_text(issuer) in normalise_text(text)]
    if contains:
        shortest = re.sub(r"\s+", " ", min(contains, key=len)).strip()
        return shortest if len(shortest) < 80 else issuer
    good = [item for item in scored if item[0] >= 0.8]
    if good:
        return max(good)[1].strip()
    return next((t for _s, t in scored), issuer).strip()


def learn(lines: list[TextLine], values: dict[str, Any], schema: type[BaseModel], pipeline: str,
          issuer_fields: list[str], learned_from: dict[str, Any] | None = None,
          read_from: dict[str, tuple[Any, list[str]]] | None = None) -> Template | None:
    """A template from a document's transcript and its confirmed values; None when the issuer's name
    (the first of ``issuer_fields``) is missing. ``read_from``: field -> (the engine's value, the lines it
    read it from), used where the engine's value was confirmed."""
    issuer = str(values.get(issuer_fields[0]) or "").strip() if issuer_fields else ""
    if not issuer or not lines:
        return None
    kinds = field_kinds(schema)
    fields: dict[str, FieldTemplate] = {}
    for name, value in values.items():
        if name not in schema.model_fields or value in (None, "") or isinstance(value, (list, dict)):
            continue
        if name in issuer_fields:
            fields[name] = FieldTemplate(value=value, names_issuer=name == issuer_fields[0])
            continue
        kind = kinds.get(name, "text")
        engine_value, engine_lines = (read_from or {}).get(name, (None, []))
        confirmed = engine_lines if normalised_match(value, engine_value, kind) else []
        found = _learn_field(lines, kind, value, confirmed)
        if found is not None:
            fields[name] = found
    return Template(issuer=issuer, pipeline=pipeline, match=[_identifying_line(lines, issuer)], fields=fields,
                    learned_from=learned_from or {})


def engine_reading(document: Any) -> dict[str, tuple[Any, list[str]]]:
    """field -> (the engine's value, the lines it read it from), for ``learn``."""
    return {name: (document.data.get(name), list(evidence.lines)) for name, evidence in document.evidence.items()}


# -- applying -----------------------------------------------------------------------------------
def line_keys(lines: list[TextLine]) -> list[str]:
    """Each line as ``matches`` compares it (made once per document, whatever the number of templates)."""
    return [_key(line.text)[0] for line in lines]


def matches(template: Template, keys: list[str]) -> float:
    """How well a document (its ``line_keys``) shows every identifying line of a template (0 when one is
    missing)."""
    worst = 1.0
    for wanted in template.match:
        target = _key(wanted)[0]
        if not target:
            return 0.0
        best = 0.0
        for key in keys:
            if target in key:
                best = 1.0
                break
            if abs(len(key) - len(target)) <= 0.3 * len(target):
                matcher = difflib.SequenceMatcher(None, target, key, autojunk=False)
                if matcher.real_quick_ratio() >= MATCH_SIMILARITY and matcher.quick_ratio() >= MATCH_SIMILARITY:
                    best = max(best, matcher.ratio())
        if best < MATCH_SIMILARITY:
            return 0.0
        worst = min(worst, best)
    return worst + min(0.099, len("".join(template.match)) / 10000)  # equal matches: the more specific wins


VISIBLE_SHARE = 0.85  # of a constant value's words that must be printed for it to apply


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", unicodedata.normalize("NFKD", text).upper()) if len(w) >= 2]


def visible(value: Any, lines: list[TextLine]) -> bool:
    """Whether most words of a constant value are printed: a chain's other branch has the same name but
    another address, which must not be copied from the template."""
    wanted = _words(str(value))
    if not wanted:
        return False
    printed = set(_words(" ".join(line.text for line in lines)))
    return sum(w in printed for w in wanted) / len(wanted) >= VISIBLE_SHARE


def _value_after(text: str, end: int, kind: str, order: str | None, words: int | None) -> Any:
    """The value printed right after offset ``end`` (nothing but punctuation or a currency mark in
    between: ``DATE DE LIVRAISON : 28/01`` is not a value of the label ``DATE``), or None."""
    rest = text[end:]
    spans: list[tuple[int, Any]]
    if kind == "amount":
        spans = [(s, value) for s, _e, value in _amount_spans(rest)]
    elif kind == "date":
        spans = [(s, day) for s, _e, day, _raw in _date_spans(rest, order)]
    else:
        found = re.search(r"[^\W_]", rest)
        taken = rest[found.start():].split() if found else []
        spans = [(found.start(), " ".join(taken[:words or len(taken)]))] if found and taken else []
    if not spans:
        return None
    start, value = spans[0]
    between = CURRENCY_MARK.sub("", rest[:start])
    return None if any(c.isalnum() for c in between) else value


def occurrences(lines: list[TextLine], kind: str, rule: FieldTemplate) -> list[tuple[int, Any]]:
    """(line, value) for each place the rule's label is printed with a value right after it (on its
    line, or alone on the next line for ``next_line``)."""
    assert rule.label is not None
    out = []
    context = _key(rule.line_has)[0] if rule.line_has else ""
    for index, line in enumerate(lines):
        if context and context not in _key(line.text)[0]:
            continue
        for end in _label_end(line.text, rule.label):
            if rule.where == "next_line":
                if index + 1 < len(lines):
                    value = _value_after(lines[index + 1].text, 0, kind, rule.order, rule.words)
                    if value is not None:
                        out.append((index + 1, value))
            else:
                value = _value_after(line.text, end, kind, rule.order, rule.words)
                if value is not None:
                    out.append((index, value))
    return out


def read_field(lines: list[TextLine], kind: str, rule: FieldTemplate) -> tuple[Any, str] | None:
    """(value, the line it was read from) by a field's template, or None when its label is not printed
    with a value after it (or, for a constant value, when the document does not show it)."""
    if rule.label is None:
        if rule.value in (None, ""):
            return None
        return (rule.value, "") if rule.names_issuer or visible(rule.value, lines) else None
    found = occurrences(lines, kind, rule)
    if not found:
        return None
    index, value = found[0] if rule.occurrence == "first" else found[-1]
    return value, lines[index].text


# -- storage ------------------------------------------------------------------------------------
def slug(text: str) -> str:
    """A file name for an issuer: ``Müller & Söhne GmbH`` → ``muller-sohne-gmbh``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60] or "issuer"


def folders(workspace: Workspace, folder: str | Path | None = None) -> list[Path]:
    """Where templates are read from: ``folder`` when given, else every workspace's ``templates/`` on the
    search path and ``SCAN2DATA_HOME/templates``."""
    if folder is not None:
        return [Path(folder)]
    return [*workspace.dirs("templates"), home_dir() / "templates"]


def learning_folder(workspace: Workspace, folder: str | Path | None = None) -> Path:
    """Where a new template is written: ``folder``, the named workspace's ``templates/``, or
    ``SCAN2DATA_HOME/templates`` (never the built-ins)."""
    if folder is not None:
        return Path(folder)
    return workspace.explicit / "templates" if workspace.explicit is not None else home_dir() / "templates"


def load_templates(folders: list[Path], pipeline: str) -> list[tuple[Path, Template]]:
    """Every template of a pipeline in the folders (earlier folders win for the same file name)."""
    seen: dict[str, tuple[Path, Template]] = {}
    for folder in folders:
        for path in sorted((folder / pipeline).glob("*.yaml")):
            if path.name in seen:
                continue
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
                seen[path.name] = (path, Template.model_validate(data))
            except (OSError, yaml.YAMLError, ValidationError) as exc:
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise ConfigError(f"{path}: not a valid template ({first}) — fix or delete it") from exc
    return list(seen.values())


def save_template(template: Template, folder: Path) -> Path:
    """Write a template as ``folder/PIPELINE/ISSUER.yaml`` (replacing the issuer's previous one)."""
    target = folder / template.pipeline / f"{slug(template.issuer)}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    data = template.model_dump(mode="json", exclude_none=True)
    temporary = target.with_suffix(".yaml.tmp")
    temporary.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    temporary.replace(target)
    return target


def learn_from_review(store: Any, run: int, seq: int, document: Any, pipeline: Any, who: str) -> Path | None:
    """After a person reviewed a stored document: learn its issuer's template from the run store's
    transcript of the file and the reviewed values, and save it. None when the pipeline has no
    templates stage, the transcript is not stored or the issuer is unknown."""
    from .document import Document

    stage = pipeline.stage("templates")
    content_hash = store.content_hash(run, seq)
    pages = store.latest_transcripts(content_hash) if content_hash else None
    if stage is None or not stage.enabled or not stage.issuer_fields or not pages:
        return None
    read = Document.from_transcripts(document.source, pages)
    template = learn(read.lines, document.data, pipeline.schema, pipeline.name, list(stage.issuer_fields),
                     {"document": document.source.name, "run": run, "by": who, "at": dt.datetime.now().isoformat(
                         timespec="seconds")},
                     {k: v for k, v in engine_reading(document).items() if k not in document.corrected})
    if template is None:
        return None
    return save_template(template, learning_folder(pipeline.workspace, stage.folder))
