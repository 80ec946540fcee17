"""Ollama engine: vision models read pages, text models fill schemas, over Ollama's HTTP API through
the official ``ollama`` client. Everything stays on the machine the server runs on."""

from __future__ import annotations

import os
import threading
import time
from typing import Any

import httpx
import ollama

from ..document import Page, Transcript
from ..errors import (
    EngineResponseError,
    EngineTimeout,
    EngineUnavailable,
    ModelCapabilityError,
    ModelNotFound,
)
from ..imaging import encode_image
from . import READ, STRUCTURE, StructureAnswer, StructureRequest

DEFAULT_URL = "http://127.0.0.1:11434"


def default_url() -> str:
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if not host:
        return DEFAULT_URL
    return host if "://" in host else f"http://{host}"


class OllamaEngine:
    name = "ollama"
    capabilities = frozenset({READ, STRUCTURE})

    def __init__(
        self,
        model: str | None = None,
        url: str | None = None,
        timeout: float = 300.0,
        keep_alive: str | float = "10m",
        retries: int = 3,
        retry_backoff: float = 1.0,
        temperature: float = 0.0,
        seed: int = 0,
        num_ctx: int | None = None,
        image_format: str = "png",
    ):
        if not model:
            raise ValueError("the ollama engine needs a model, e.g. model: gemma3:4b")
        self.model = model
        self.url = (url or default_url()).rstrip("/")
        self.timeout = timeout
        self.keep_alive = keep_alive
        self.retries = retries
        self.retry_backoff = retry_backoff
        self.options: dict[str, Any] = {"temperature": temperature, "seed": seed}
        if num_ctx:
            self.options["num_ctx"] = num_ctx
        self.image_format = image_format
        self._client = ollama.Client(host=self.url, timeout=timeout)
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
        message = {"role": "user", "content": prompt, "images": [encode_image(page.image, self.image_format)]}
        response = self._call(
            self._client.chat,
            model=self.model,
            messages=[message],
            options=self.options,
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
            options=self.options,
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
