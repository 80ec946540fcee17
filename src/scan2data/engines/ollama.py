"""Ollama engine: vision models read pages, text models fill schemas, over Ollama's HTTP API through
the official ``ollama`` client. Everything stays on the machine the server runs on."""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional, Union

import httpx
import ollama
import pydantic
from pydantic import Field

from ..catalog import json_schema
from ..document import Page, Transcript
from ..errors import (
    ConfigError,
    EngineResponseError,
    EngineTimeout,
    EngineUnavailable,
    ModelCapabilityError,
    ModelNotFound,
)
from ..imaging import ImageFormat, encode_page
from . import IMAGES, READ, STRUCTURE, EngineBase, EngineOptions, StructureAnswer, StructureRequest
from .transport import backoff, refuse_remote

DEFAULT_URL = "http://127.0.0.1:11434"
log = logging.getLogger("scan2data")


def default_url() -> str:
    host = os.environ.get("OLLAMA_HOST", "").strip()
    if not host:
        return DEFAULT_URL
    return host if "://" in host else f"http://{host}"


class OllamaOptions(EngineOptions):
    url: Optional[Union[str, list[str]]] = Field(
        None, description="server URL, or a list of them to spread the work over (default: $OLLAMA_HOST or "
                          "http://127.0.0.1:11434)")
    max_per_host: int = Field(4, ge=1, description="calls in flight on one host at most (its parallel slots)")
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
    image_format: ImageFormat = "auto"


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
            for url in options.url if isinstance(options.url, list) else [options.url or default_url()]:
                refuse_remote(url.rstrip("/"), where)

    def __init__(self, model: str | None = None, options: OllamaOptions | None = None):
        super().__init__(model, options)
        opts: OllamaOptions = self.options
        if not model:
            raise ConfigError("the ollama engine needs a model, e.g. model: gemma3:4b")
        self.model = model
        urls = [u.rstrip("/") for u in (opts.url if isinstance(opts.url, list) else [opts.url or default_url()])]
        self.url = ", ".join(urls)
        self.timeout = opts.timeout
        self.keep_alive = opts.keep_alive
        self.retries = opts.retries
        self.retry_backoff = opts.retry_backoff
        self.request_options: dict[str, Any] = {"temperature": opts.temperature, "seed": opts.seed}
        if opts.num_ctx:
            self.request_options["num_ctx"] = opts.num_ctx
        self.image_format = opts.image_format
        if not opts.allow_remote:
            for url in urls:
                refuse_remote(url)
        self.deadline = opts.deadline
        timeout = httpx.Timeout(self.timeout, connect=min(10.0, self.timeout))
        self.hosts = [_Host(url, ollama.Client(host=url, timeout=timeout)) for url in urls]
        self.per_host = opts.max_per_host
        self._pool = threading.Condition()
        self._checked: set[tuple[bool, bool]] = set()
        self._lock = threading.Lock()

    # -- checks -------------------------------------------------------------------------------
    def slots(self) -> int | None:
        return len(self.hosts) * self.per_host

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        """Servers up, model pulled, and vision capability when images will be sent. With several
        hosts, one that does not answer is set aside (and tried again later) while another does."""
        needs_vision = read or images
        key = (needs_vision, structure)
        with self._lock:
            if key in self._checked:
                return
            failures: list[EngineUnavailable] = []
            for host in self.hosts:
                try:
                    self._call(lambda client: client.list(), host=host)
                    info = self._call(lambda client: client.show(str(self.model)), host=host)
                except EngineUnavailable as exc:
                    failures.append(exc)
                    host.down_until = time.monotonic() + COOLDOWN
                    continue
                capabilities = getattr(info, "capabilities", None)
                if needs_vision and capabilities is not None and "vision" not in capabilities:
                    raise ModelCapabilityError(
                        f"model {self.model} cannot read images (capabilities: {', '.join(capabilities) or 'none'})"
                        " — use a vision model such as gemma3:4b, qwen2.5vl or llava (`ollama pull gemma3:4b`)")
            if len(failures) == len(self.hosts):
                raise failures[0]
            for failure in failures:
                log.warning("%s — using the other host(s) meanwhile", failure)
            self._checked.add(key)

    # -- work ---------------------------------------------------------------------------------
    def read(self, page: Page, prompt: str) -> Transcript:
        message = {"role": "user", "content": prompt, "images": [encode_page(page, self.image_format)]}
        text = self._chat(model=self.model, messages=[message], options=self.request_options,
                          keep_alive=self.keep_alive)
        return Transcript(text=text.strip(), engine=f"ollama:{self.model}")

    def structure(self, request: StructureRequest) -> StructureAnswer:
        first: dict[str, Any] = {"role": "user", "content": request.prompt}
        if request.images:
            first["images"] = list(request.images)
        messages: list[dict[str, Any]] = [first, *request.feedback_messages()]
        content = self._chat(model=self.model, messages=messages, format=json_schema(request.schema),
                             options=self.request_options, keep_alive=self.keep_alive)
        return StructureAnswer(content=content)

    # -- transport ----------------------------------------------------------------------------
    def _chat(self, **kwargs: Any) -> str:
        """One chat call, streamed: ``timeout`` bounds the silence before the first token and between
        tokens (a hung server is noticed in seconds, a slow one is not cut off), ``deadline`` the call."""

        def once(client: ollama.Client) -> str:
            ends = time.monotonic() + self.deadline
            parts = []
            for chunk in client.chat(stream=True, **kwargs):
                parts.append(chunk.message.content or "")
                if time.monotonic() > ends:
                    raise _DeadlinePassed()
            return "".join(parts)

        return self._call(once)

    def _acquire(self, avoid: "_Host | None") -> "_Host":
        """The host with the fewest calls in flight, under the per-host cap; healthy hosts first, and not
        the one that just failed when another is there."""
        with self._pool:
            while True:
                now = time.monotonic()
                open_ = [h for h in self.hosts if h.outstanding < self.per_host]
                choices = [h for h in open_ if h.down_until <= now and h is not avoid] or \
                    [h for h in open_ if h.down_until <= now] or open_
                if choices:
                    host = min(choices, key=lambda h: (h.down_until > now, h.outstanding, h.down_until))
                    host.outstanding += 1
                    return host
                self._pool.wait(0.5)

    def _release(self, host: "_Host") -> None:
        with self._pool:
            host.outstanding -= 1
            self._pool.notify()

    def _call(self, fn: Callable[[ollama.Client], Any], host: "_Host | None" = None) -> Any:
        """Call a host; retry what may pass (5xx, 429/503 busy, dropped connections, a host gone mid-batch,
        a timeout) with exponential backoff and jitter — on another host when there is one — and turn the
        rest into errors that say what to do. A server never reached is reported at once, so the run can
        fall back. ``host`` pins the call (preflight checks each host)."""
        attempt = 0
        last: _Host | None = None
        while True:
            retry: Exception | None = None
            target = host or self._acquire(avoid=last)
            try:
                result = fn(target.client)
                target.reached, target.down_until = True, 0.0
                return result
            except (ConnectionError, httpx.ConnectError) as exc:
                if not any(h.reached for h in self.hosts):
                    raise EngineUnavailable(
                        f"Ollama is not running at {target.url} — start it with `ollama serve`"
                        " (or pass --ollama-url / set OLLAMA_HOST)") from exc
                target.down_until = time.monotonic() + COOLDOWN
                retry = EngineUnavailable(f"Ollama at {target.url} stopped answering (connection refused) — is it "
                                          "still running? Start it again with `ollama serve`; the next run finishes "
                                          "the rest")
            except (httpx.TimeoutException, _DeadlinePassed) as exc:
                limit = f"{self.deadline:g} s in all" if isinstance(exc, _DeadlinePassed) else f"{self.timeout:g} s"
                retry = EngineTimeout(
                    f"Ollama at {target.url} did not answer within {limit} (model {self.model}) — raise the engine's "
                    "timeout/deadline options, or use a smaller model")
                if attempt >= min(self.retries, 1):  # a hung server costs a timeout per try: retry once at most
                    raise retry from exc
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                target.down_until = time.monotonic() + COOLDOWN
                retry = EngineUnavailable(f"Ollama at {target.url} dropped the connection ({type(exc).__name__})")
            except httpx.HTTPError as exc:
                raise EngineUnavailable(f"cannot talk to Ollama at {target.url}: {exc}") from exc
            except (ValueError, pydantic.ValidationError) as exc:  # HTML, or JSON that is not Ollama's
                raise EngineResponseError(
                    f"the server at {target.url} answered with something that is not Ollama's API — is another "
                    "program listening there? Check --ollama-url") from exc
            except ollama.ResponseError as exc:
                if exc.status_code == 404:
                    raise ModelNotFound(f"model {self.model} is not pulled at {target.url} — run "
                                        f"`ollama pull {self.model}`") from exc
                busy = exc.status_code in (429, 503)
                error = str(exc.error)[:200]
                if busy or exc.status_code >= 500:
                    hint = " — lower --concurrency, or raise OLLAMA_NUM_PARALLEL on the server" if busy else ""
                    retry = EngineResponseError(
                        f"Ollama answered HTTP {exc.status_code} for model {self.model}: {error}{hint}")
                else:
                    raise EngineResponseError(
                        f"Ollama answered HTTP {exc.status_code} for model {self.model}: {error}") from exc
            finally:
                if host is None:
                    self._release(target)
            if attempt >= self.retries:
                raise retry
            attempt += 1
            last = target
            backoff(self.retry_backoff, attempt)


@dataclass
class _Host:
    """One Ollama server of the engine's list, with the calls in flight on it and its health."""

    url: str
    client: ollama.Client
    outstanding: int = 0
    down_until: float = 0.0  # monotonic time before which it is tried only when no other host is free
    reached: bool = False


COOLDOWN = 15.0  # seconds a host that refused or dropped a connection is passed over


class _DeadlinePassed(Exception):
    """A streamed answer went on past the engine's deadline."""
