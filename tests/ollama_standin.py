"""A STAND-IN for an Ollama server, for tests only. It is not a model and nothing it says is model output.

It speaks the part of Ollama's HTTP API scan2data uses (``GET /api/version``, ``GET /api/tags``,
``POST /api/show``, ``POST /api/chat``) over real HTTP on 127.0.0.1, records every request it receives
(so tests can check that pages were resized, prompts rendered and the schema sent) and answers
``/api/chat`` from a script the test writes: text, JSON, malformed JSON, HTTP errors (429 included),
slow answers, a dropped connection, or a body that is not Ollama's (an HTML page).
"""

from __future__ import annotations

import base64
import io
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any, Callable

from PIL import Image

from local_server import JsonHandler, LocalServer


@dataclass
class Reply:
    """One scripted answer to ``/api/chat``."""

    content: str = ""
    status: int = 200
    error: str = ""
    delay: float = 0.0
    drop: bool = False  # close the connection without answering
    raw: bytes | None = None  # send these bytes as the body (HTTP 200, text/html) instead of Ollama's JSON


@dataclass
class ChatRequest:
    body: dict[str, Any]

    @property
    def model(self) -> str:
        return self.body.get("model", "")

    @property
    def prompt(self) -> str:
        return self.body["messages"][0]["content"]

    @property
    def images(self) -> list[Image.Image]:
        out = []
        for message in self.body.get("messages", []):
            for b64 in message.get("images") or []:
                out.append(Image.open(io.BytesIO(base64.b64decode(b64))))
        return out

    @property
    def image_formats(self) -> list[str]:
        return [img.format for img in self.images]

    @property
    def schema(self) -> dict | None:
        fmt = self.body.get("format")
        return fmt if isinstance(fmt, dict) else None

    @property
    def is_structure(self) -> bool:
        return "format" in self.body


@dataclass
class StandinOllama(LocalServer):
    """Start with ``with StandinOllama(models=...) as server:``; ``server.url`` is its address.

    ``respond(request) -> Reply`` answers chat calls; ``script`` (a list) is consumed first when set.
    """

    models: dict[str, list[str]] = field(
        default_factory=lambda: {"gemma3:4b": ["completion", "vision"], "llama3.2:3b": ["completion"]}
    )
    respond: Callable[[ChatRequest], Reply] | None = None
    script: list[Reply] = field(default_factory=list)
    chats: list[ChatRequest] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.start_server()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _make_handler(self)

    @property
    def url(self) -> str:
        return self.address

    def answer(self, request: ChatRequest) -> Reply:
        with self._lock:
            self.chats.append(request)
            if self.script:
                return self.script.pop(0)
        if self.respond is None:
            return Reply(status=500, error="stand-in has no scripted reply")
        return self.respond(request)


def _make_handler(server: StandinOllama) -> type[BaseHTTPRequestHandler]:
    class Handler(JsonHandler):
        def _body(self) -> dict:
            length = int(self.headers.get("Content-Length") or 0)
            return json.loads(self.rfile.read(length) or b"{}")

        def do_GET(self) -> None:
            server.paths.append(self.path)
            if self.path == "/api/version":
                self._send(200, {"version": "0.0.0-standin"})
            elif self.path == "/api/tags":
                self._send(200, {"models": [{"name": m, "model": m, "size": 1} for m in server.models]})
            else:
                self._send(404, {"error": "not found"})

        def do_POST(self) -> None:
            server.paths.append(self.path)
            body = self._body()
            if self.path == "/api/show":
                name = body.get("model") or body.get("name")
                if name not in server.models:
                    self._send(404, {"error": f"model '{name}' not found"})
                else:
                    self._send(200, {"capabilities": server.models[name], "details": {"family": "standin"},
                                     "model_info": {}})
            elif self.path == "/api/chat":
                if body.get("model") not in server.models:
                    self._send(404, {"error": f"model '{body.get('model')}' not found, try pulling it first"})
                    return
                reply = server.answer(ChatRequest(body))
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if reply.raw is not None:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(reply.raw)))
                    self.end_headers()
                    self.wfile.write(reply.raw)
                    return
                if reply.status != 200:
                    self._send(reply.status, {"error": reply.error or "stand-in error"})
                    return
                self._send(200, {
                    "model": body["model"], "created_at": "2026-01-01T00:00:00Z",
                    "message": {"role": "assistant", "content": reply.content},
                    "done": True, "done_reason": "stop",
                })
            else:
                self._send(404, {"error": "not found"})

    return Handler
