"""Ollama engine: vision models read pages, text models fill schemas, over Ollama's HTTP API through
the official ``ollama`` client. Everything stays on the machine the server runs on."""

from __future__ import annotations

import os
import threading
import time
from typing import Any, Literal, Optional, Union

import httpx
import ollama
from pydantic import Field

from ..document import Page, Transcript
from ..errors import (
    ConfigError,
    EngineResponseError,
    EngineTimeout,
    EngineUnavailable,
    ModelCapabilityError,
    ModelNotFound,
)
from ..imaging import encode_image
from . import IMAGES, READ, STRUCTURE, EngineBase, EngineOptions, StructureAnswer, StructureRequest

DEFAULT_URL = "http://127.0.0.1:11434"


def default_url() -> str:
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if not host:
        return DEFAULT_URL
    return host if "://" in host else f"http://{host}"


class OllamaOptions(EngineOptions):
    url: Optional[str] = Field(None, description="server URL (default: $OLLAMA_HOST or http://127.0.0.1:11434)")
    timeout: float = Field(300.0, gt=0, description="seconds to wait for one answer")
    keep_alive: Union[str, float] = Field("10m", description="how long the server keeps the model loaded")
    retries: int = Field(3, ge=0, le=20, description="re-tries after a 5xx answer")
    retry_backoff: float = Field(1.0, ge=0, description="seconds before the first retry (grows linearly)")
    temperature: float = 0.0
    seed: int = 0
    num_ctx: Optional[int] = Field(None, ge=256)
    image_format: Literal["png", "jpeg"] = "png"


class OllamaEngine(EngineBase):
    name = "ollama"
    capabilities = frozenset({READ, STRUCTURE, IMAGES})
    Options = OllamaOptions
    libraries = ("ollama",)
    model_use = "required"
    shortcuts = {"ollama_url": "url"}

    def __init__(self, model: str | None = None, options: OllamaOptions | None = None):
        super().__init__(model, options)
        opts: OllamaOptions = self.options
        if not model:
            raise ConfigError("the ollama engine needs a model, e.g. model: gemma3:4b")
        self.model = model
        self.url = (opts.url or default_url()).rstrip("/")
        self.timeout = opts.timeout
        self.keep_alive = opts.keep_alive
        self.retries = opts.retries
        self.retry_backoff = opts.retry_backoff
        self.request_options: dict[str, Any] = {"temperature": opts.temperature, "seed": opts.seed}
        if opts.num_ctx:
            self.request_options["num_ctx"] = opts.num_ctx
        self.image_format = opts.image_format
        self._client = ollama.Client(host=self.url, timeout=self.timeout)
        self._checked: set[tuple[bool, bool]] = set()
        self._lock = threading.Lock()

    # -- checks -------------------------------------------------------------------------------
    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        """Server up, model pulled, and vision capability when images will be sent."""
        needs_vision = read or images
        key = (needs_vision, structure)
        with self._lock:
            if key in self._checked:
                return
            self._call(self._client.list)
            info = self._call(self._client.show, self.model)
            capabilities = getattr(info, "capabilities", None)
            if needs_vision and capabilities is not None and "vision" not in capabilities:
                raise ModelCapabilityError(
                    f"model {self.model} cannot read images (capabilities: {', '.join(capabilities) or 'none'})"
                    " — use a vision model such as gemma3:4b, qwen2.5vl or llava (`ollama pull gemma3:4b`)"
                )
            self._checked.add(key)

    # -- work ---------------------------------------------------------------------------------
    def read(self, page: Page, prompt: str) -> Transcript:
        message = {"role": "user", "content": prompt, "images": [encode_image(page.pixels(), self.image_format)]}
        response = self._call(
            self._client.chat,
            model=self.model,
            messages=[message],
            options=self.request_options,
            keep_alive=self.keep_alive,
        )
        text = (response.message.content or "").strip()
        return Transcript(text=text, engine=f"ollama:{self.model}")

    def structure(self, request: StructureRequest) -> StructureAnswer:
        first: dict[str, Any] = {"role": "user", "content": request.prompt}
        if request.images:
            first["images"] = list(request.images)
        messages: list[dict[str, Any]] = [first, *request.feedback_messages()]
        response = self._call(
            self._client.chat,
            model=self.model,
            messages=messages,
            format=request.schema.model_json_schema(),
            options=self.request_options,
            keep_alive=self.keep_alive,
        )
        return StructureAnswer(content=response.message.content or "")

    # -- transport ----------------------------------------------------------------------------
    def _call(self, fn, *args, **kwargs):
        """Call the client, retrying 5xx answers, and turn failures into actionable errors."""
        attempt = 0
        while True:
            try:
                return fn(*args, **kwargs)
            except ConnectionError as exc:
                raise EngineUnavailable(
                    f"Ollama is not running at {self.url} — start it with `ollama serve`"
                    " (or pass --ollama-url / set OLLAMA_HOST)"
                ) from exc
            except httpx.TimeoutException as exc:
                raise EngineTimeout(
                    f"Ollama at {self.url} did not answer within {self.timeout:g} s (model {self.model})"
                    " — raise the engine's timeout option, or use a smaller model"
                ) from exc
            except httpx.HTTPError as exc:
                raise EngineUnavailable(f"cannot talk to Ollama at {self.url}: {exc}") from exc
            except ollama.ResponseError as exc:
                if exc.status_code == 404:
                    raise ModelNotFound(
                        f"model {self.model} is not pulled — run `ollama pull {self.model}`"
                    ) from exc
                if exc.status_code >= 500 and attempt < self.retries:
                    attempt += 1
                    time.sleep(self.retry_backoff * attempt)
                    continue
                raise EngineResponseError(
                    f"Ollama answered HTTP {exc.status_code} for model {self.model}: {exc.error}"
                ) from exc
