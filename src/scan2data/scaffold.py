"""``scan2data new NAME``: the files for a new document type, ready to edit — no framework code."""

from __future__ import annotations

import keyword
import re
from pathlib import Path

from .errors import ConfigError
from .workspace import Workspace

PIPELINE = """\
name: {name}
description: {title} — edit me
schema: {name}:{cls}
fallback: local
stages:
  - stage: load
    dpi: 200
  - stage: resize
    max_side: 1024
  - stage: vision_extract
    engine: ollama
    model: gemma3:4b
    prompt: {name}_vision.j2
  - stage: text_structure
    engine: ollama
    model: gemma3:4b
    prompt: {name}_structure.j2
    retries: 2
  - stage: validate
    rules:
      - {{rule: required, fields: [document_number, date]}}
      - {{rule: not_future, field: date}}
  - stage: export
profiles:
  ollama: {{}}
  local:
    vision_extract: {{engine: rapidocr}}
    text_structure: {{engine: rules}}
"""

SCHEMA = '''\
"""{title}: the fields to extract. Descriptions are shown to the models, so make them specific."""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from scan2data.types import Amount, FlexibleDate


class {cls}Item(BaseModel):
    description: Optional[str] = Field(None, description="line description")
    quantity: Amount = Field(None, description="number of units")
    amount: Amount = Field(None, description="line total")


class {cls}(BaseModel):
    issuer: Optional[str] = Field(None, description="organisation that issued the document")
    document_number: Optional[str] = Field(None, description="the document's number or ID")
    date: FlexibleDate = Field(None, description="date printed on the document")
    items: list[{cls}Item] = Field(default_factory=list, description="table lines, in order")
    total: Amount = Field(None, description="total amount")
'''

VISION_PROMPT = """\
This image is page {{{{ page }}}} of {{{{ pages }}}} of a {title_lower}.
Transcribe all text on it, top to bottom, keeping table rows on one line.
Keep numbers, amounts, dates and codes exactly as printed. Return only the text.
"""

STRUCTURE_PROMPT = """\
Below is the text of a {title_lower}, transcribed from a scan.
Fill in the JSON object with these fields:
{{% for f in fields %}}- {{{{ f.name }}}} ({{{{ f.type }}}}): {{{{ f.description }}}}
{{% endfor %}}
Use null for anything not in the text. Never invent values.

Text:
\"\"\"
{{{{ text }}}}
\"\"\"
"""


def class_name(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def scaffold(name: str, workspace: Workspace, *, force: bool = False) -> list[Path]:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or keyword.iskeyword(name):
        raise ConfigError(f"document type name {name!r} must be lower_case letters, digits and _ (e.g. purchase_order)")
    if name in workspace.builtin_pipelines() and not force:
        raise ConfigError(f"{name} is a built-in document type: a workspace copy would replace it everywhere this "
                          f"workspace is used — pick another name, or pass --force to override the built-in")
    title = name.replace("_", " ").capitalize()
    values = {"name": name, "cls": class_name(name), "title": title, "title_lower": title.lower()}
    files = {
        workspace.root / "pipelines" / f"{name}.yaml": PIPELINE.format(**values),
        workspace.root / "schemas" / f"{name}.py": SCHEMA.format(**values),
        workspace.root / "prompts" / f"{name}_vision.j2": VISION_PROMPT.format(**values),
        workspace.root / "prompts" / f"{name}_structure.j2": STRUCTURE_PROMPT.format(**values),
    }
    existing = [p for p in files if p.exists()]
    if existing and not force:
        raise ConfigError(f"{existing[0]} already exists — pass --force to overwrite")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
