"""OpenAI-compatible engine: any server that speaks the OpenAI chat-completions API with images and
JSON-schema output — vLLM (`vllm serve MODEL`), llama.cpp's `llama-server`, LM Studio, LocalAI. Same
rules as the Ollama engine: the server must be on this machine unless allowed, a model that is not
served is reported before the batch, busy answers (429, 503) and dropped connections are retried with
backoff, and nothing else is tried twice.

    vision_extract:
      engine: openai
      model: Qwen/Qwen2.5-VL-7B-Instruct
      options: {url: http://127.0.0.1:8000/v1}
"""

from __future__ import annotations

import base64
import json
import os
import threading
from typing import Any, Literal, Optional

import httpx
from pydantic import Field

from ..catalog import json_schema
from ..document import Page, Transcript
from ..errors import (
    ConfigError,
    EngineResponseError,
    EngineTimeout,
    EngineUnavailable,
    ModelNotFound,
)
from ..imaging import ImageFormat, encode_page, mime_type
from . import IMAGES, READ, STRUCTURE, EngineBase, EngineOptions, StructureAnswer, StructureRequest
from .transport import backoff, refuse_remote

DEFAULT_URL = "http://127.0.0.1:8000/v1"


class OpenAIOptions(EngineOptions):
    url: str = Field(DEFAULT_URL, description="the server's API base (vLLM :8000, llama-server :8080/v1, "
                                              "LM Studio :1234/v1)")
    api_key: Optional[str] = Field(None, description="sent as a bearer token (default: $OPENAI_API_KEY, if set)")
    timeout: float = Field(120.0, gt=0, description="seconds to wait for the answer to start")
    retries: int = Field(3, ge=0, le=20, description="re-tries after 429/5xx answers or dropped connections")
    retry_backoff: float = Field(1.0, ge=0, description="seconds before the first retry (doubles, with jitter)")
    temperature: float = 0.0
    seed: Optional[int] = 0
    max_tokens: Optional[int] = Field(None, ge=1)
    image_format: ImageFormat = "auto"
    json_output: Literal["json_schema", "json_object", "none"] = Field(
        "json_schema", description="how structured output is asked for (older servers: json_object)")
    allow_remote: bool = Field(False, description="allow a server on another machine (documents leave this one)")


class OpenAIEngine(EngineBase):
    name = "openai"
    capabilities = frozenset({READ, STRUCTURE, IMAGES})
    Options = OpenAIOptions
    model_use = "required"
    shortcuts = {"allow_remote": "allow_remote"}
    libraries = ("httpx",)

    def __init__(self, model: str | None = None, options: OpenAIOptions | None = None):
        super().__init__(model, options)
        opts: OpenAIOptions = self.options
        if not model:
            raise ConfigError("the openai engine needs a model: the name the server serves it under")
        self.url = opts.url.rstrip("/")
        if not opts.allow_remote:
            refuse_remote(self.url, server="the OpenAI-compatible server")
        key = opts.api_key or os.environ.get("OPENAI_API_KEY")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._http = httpx.Client(base_url=self.url, headers=headers,
                                  timeout=httpx.Timeout(opts.timeout, connect=min(10.0, opts.timeout)))
        self._reached = False
        self._checked = False
        self._lock = threading.Lock()

    @classmethod
    def check_config(cls, options: EngineOptions, schema: Any, where: str) -> None:
        assert isinstance(options, OpenAIOptions)
        if not options.allow_remote:
            refuse_remote(options.url.rstrip("/"), where, server="the OpenAI-compatible server")

    def preflight(self, *, read: bool = False, structure: bool = False, images: bool = False) -> None:
        """The server answers and serves this model."""
        with self._lock:
            if self._checked:
                return
            served = [m.get("id") for m in self._request("GET", "/models").get("data", [])]
            if served and self.model not in served:
                raise ModelNotFound(f"model {self.model} is not served at {self.url} — it serves: "
                                    f"{', '.join(map(str, served))}; start the server with that model, or pick one")
            self._checked = True

    def read(self, page: Page, prompt: str) -> Transcript:
        image = encode_page(page, self.options.image_format)
        content = [{"type": "text", "text": prompt},
                   {"type": "image_url", "image_url": {"url": _data_url(image)}}]
        text = self._chat([{"role": "user", "content": content}])
        return Transcript(text=text.strip(), engine=f"openai:{self.model}")

    def structure(self, request: StructureRequest) -> StructureAnswer:
        content: Any = request.prompt
        if request.images:
            content = [{"type": "text", "text": request.prompt}] + [
                {"type": "image_url", "image_url": {"url": _data_url(i)}}
                for i in request.images]
        messages = [{"role": "user", "content": content}, *request.feedback_messages()]
        schema = json_schema(request.schema)
        formats: dict[str, dict[str, Any]] = {"json_schema": {"type": "json_schema",
                                   "json_schema": {"name": request.schema.__name__, "schema": schema}},
                   "json_object": {"type": "json_object"}}
        return StructureAnswer(content=self._chat(messages, formats.get(self.options.json_output)))

    # -- transport ----------------------------------------------------------------------------
    def _chat(self, messages: list[dict[str, Any]], response_format: dict[str, Any] | None = None) -> str:
        opts: OpenAIOptions = self.options
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": opts.temperature}
        if opts.seed is not None:
            body["seed"] = opts.seed
        if opts.max_tokens:
            body["max_tokens"] = opts.max_tokens
        if response_format:
            body["response_format"] = response_format
        answer = self._request("POST", "/chat/completions", body)
        try:
            return str(answer["choices"][0]["message"]["content"] or "")
        except (KeyError, IndexError, TypeError) as exc:
            raise EngineResponseError(f"the server at {self.url} answered without a message (model {self.model})") \
                from exc

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        attempt = 0
        while True:
            retry: Exception
            try:
                response = self._http.request(method, path, json=body)
                self._reached = True
            except httpx.ConnectError as exc:
                if not self._reached:
                    raise EngineUnavailable(
                        f"no OpenAI-compatible server answers at {self.url} — start it (`vllm serve MODEL`, "
                        "`llama-server -m FILE --port 8080`) or set the engine's url option") from exc
                retry = EngineUnavailable(f"the server at {self.url} stopped answering (connection refused)")
            except httpx.TimeoutException as exc:
                raise EngineTimeout(f"the server at {self.url} did not answer within {self.options.timeout:g} s "
                                    f"(model {self.model}) — raise the engine's timeout option") from exc
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                retry = EngineUnavailable(f"the server at {self.url} dropped the connection ({type(exc).__name__})")
            else:
                if response.status_code == 404 and path.endswith("completions") and "model" in response.text.lower():
                    raise ModelNotFound(f"model {self.model} is not served at {self.url}")
                if response.status_code in (429, 503) or response.status_code >= 500:
                    retry = EngineResponseError(f"the server at {self.url} answered HTTP {response.status_code}"
                                                f"{' (busy — lower --concurrency)' if response.status_code in (429, 503) else ''}")
                elif response.status_code >= 400:
                    raise EngineResponseError(f"the server at {self.url} answered HTTP {response.status_code} for "
                                              f"model {self.model}: {response.text[:200]}")
                else:
                    try:
                        payload = response.json()
                    except (json.JSONDecodeError, ValueError) as exc:
                        raise EngineResponseError(f"the server at {self.url} answered with something that is not "
                                                  "the OpenAI API — check the url option") from exc
                    if not isinstance(payload, dict):
                        raise EngineResponseError(f"the server at {self.url} answered with unexpected JSON")
                    return payload
            if attempt >= self.options.retries:
                raise retry
            attempt += 1
            backoff(self.options.retry_backoff, attempt)


def _data_url(image: bytes) -> str:
    return f"data:{mime_type(image)};base64,{base64.b64encode(image).decode()}"
