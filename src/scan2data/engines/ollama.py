"""Ollama engine: vision models read pages, text models fill schemas, over Ollama's HTTP API through
the official ``ollama`` client. Everything stays on the machine the server runs on."""

from __future__ import annotations

import os
import threading
import time
from typing import Any, Callable, Literal, Optional, Union

import httpx
import ollama
import pydantic
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
from .transport import backoff, refuse_remote

DEFAULT_URL = "http://127.0.0.1:11434"


def default_url() -> str:
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if not host:
        return DEFAULT_URL
    return host if "://" in host else f"http://{host}"


class OllamaOptions(EngineOptions):
    url: Optional[str] = Field(None, description="server URL (default: $OLLAMA_HOST or http://127.0.0.1:11434)")
    timeout: float = Field(120.0, gt=0, description="seconds of silence (before the first token, or between "
                                                    "tokens) after which a call is given up")
    deadline: float = Field(600.0, gt=0, description="seconds one call may take in all")
    allow_remote: bool = Field(False, description="allow a server on another machine (documents leave this one)")
    keep_alive: Union[str, float] = Field("10m", description="how long the server keeps the model loaded")
    retries: int = Field(3, ge=0, le=20, description="re-tries after a 5xx or 429 answer or a dropped connection")
    retry_backoff: float = Field(1.0, ge=0, description="seconds before the first retry (doubles, with jitter)")
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
    shortcuts = {"ollama_url": "url", "allow_remote": "allow_remote"}

    @classmethod
    def check_config(cls, options: EngineOptions, schema: Any, where: str) -> None:
        assert isinstance(options, OllamaOptions)
        if not options.allow_remote:
            refuse_remote((options.url or default_url()).rstrip("/"), where)

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
        if not opts.allow_remote:
            refuse_remote(self.url)
        self.deadline = opts.deadline
        self._client = ollama.Client(host=self.url, timeout=httpx.Timeout(self.timeout, connect=min(10.0, self.timeout)))
        self._reached = False  # a refused connection after this was reached means the server went away
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
        text = self._chat(model=self.model, messages=[message], options=self.request_options,
                          keep_alive=self.keep_alive)
        return Transcript(text=text.strip(), engine=f"ollama:{self.model}")

    def structure(self, request: StructureRequest) -> StructureAnswer:
        first: dict[str, Any] = {"role": "user", "content": request.prompt}
        if request.images:
            first["images"] = list(request.images)
        messages: list[dict[str, Any]] = [first, *request.feedback_messages()]
        content = self._chat(model=self.model, messages=messages, format=request.schema.model_json_schema(),
                             options=self.request_options, keep_alive=self.keep_alive)
        return StructureAnswer(content=content)

    # -- transport ----------------------------------------------------------------------------
    def _chat(self, **kwargs: Any) -> str:
        """One chat call, streamed: ``timeout`` bounds the silence before the first token and between
        tokens (a hung server is noticed in seconds, a slow one is not cut off), ``deadline`` the call."""

        def once() -> str:
            ends = time.monotonic() + self.deadline
            parts = []
            for chunk in self._client.chat(stream=True, **kwargs):
                parts.append(chunk.message.content or "")
                if time.monotonic() > ends:
                    raise _DeadlinePassed()
            return "".join(parts)

        return self._call(once)

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call the client; retry what may pass (5xx, 429 busy, dropped connections, a server that went
        away mid-batch, a timeout) with exponential backoff and jitter; turn the rest into errors that say
        what to do. A server never reached is reported at once, so the run can fall back."""
        attempt = 0
        while True:
            retry: Exception | None = None
            try:
                result = fn(*args, **kwargs)
                self._reached = True
                return result
            except (ConnectionError, httpx.ConnectError) as exc:
                if not self._reached:
                    raise EngineUnavailable(
                        f"Ollama is not running at {self.url} — start it with `ollama serve`"
                        " (or pass --ollama-url / set OLLAMA_HOST)") from exc
                retry = EngineUnavailable(f"Ollama at {self.url} stopped answering (connection refused) — is it "
                                          "still running? Start it again with `ollama serve`; the next run finishes "
                                          "the rest")
            except (httpx.TimeoutException, _DeadlinePassed) as exc:
                limit = f"{self.deadline:g} s in all" if isinstance(exc, _DeadlinePassed) else f"{self.timeout:g} s"
                retry = EngineTimeout(
                    f"Ollama at {self.url} did not answer within {limit} (model {self.model}) — raise the engine's "
                    "timeout/deadline options, or use a smaller model")
                if attempt >= min(self.retries, 1):  # a hung server costs a timeout per try: retry once at most
                    raise retry from exc
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                retry = EngineUnavailable(f"Ollama at {self.url} dropped the connection ({type(exc).__name__})")
            except httpx.HTTPError as exc:
                raise EngineUnavailable(f"cannot talk to Ollama at {self.url}: {exc}") from exc
            except (ValueError, pydantic.ValidationError) as exc:  # HTML, or JSON that is not Ollama's
                raise EngineResponseError(
                    f"the server at {self.url} answered with something that is not Ollama's API — is another "
                    "program listening there? Check --ollama-url") from exc
            except ollama.ResponseError as exc:
                if exc.status_code == 404:
                    raise ModelNotFound(f"model {self.model} is not pulled — run `ollama pull {self.model}`") from exc
                busy = exc.status_code in (429, 503)
                error = str(exc.error)[:200]
                if busy or exc.status_code >= 500:
                    hint = " — lower --concurrency, or raise OLLAMA_NUM_PARALLEL on the server" if busy else ""
                    retry = EngineResponseError(
                        f"Ollama answered HTTP {exc.status_code} for model {self.model}: {error}{hint}")
                else:
                    raise EngineResponseError(
                        f"Ollama answered HTTP {exc.status_code} for model {self.model}: {error}") from exc
            if attempt >= self.retries:
                raise retry
            attempt += 1
            backoff(self.retry_backoff, attempt)


class _DeadlinePassed(Exception):
    """A streamed answer went on past the engine's deadline."""
