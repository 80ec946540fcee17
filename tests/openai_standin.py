"""A STAND-IN for an OpenAI-compatible server (vLLM, llama-server, LM Studio), for tests only. It is not
a model and nothing it says is model output. It serves ``GET /v1/models`` and ``POST /v1/chat/completions``
over real HTTP on 127.0.0.1, records every request, and answers from a function the test gives."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Callable

from local_server import JsonHandler, LocalServer


@dataclass
class StandinOpenAI(LocalServer):
    models: list[str] = field(default_factory=lambda: ["qwen2.5-vl"])
    respond: Callable[[dict], tuple[int, str]] = lambda body: (200, "")  # (status, message content)
    requests: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.start_server()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler(self)

    @property
    def url(self) -> str:
        return self.address + "/v1"


def _handler(server: StandinOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(JsonHandler):
        def do_GET(self) -> None:
            if self.path == "/v1/models":
                self._send(200, {"object": "list", "data": [{"id": m, "object": "model"} for m in server.models]})
            else:
                self._send(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            server.requests.append(body)
            if self.path != "/v1/chat/completions":
                self._send(404, {"error": {"message": "not found"}})
                return
            status, content = server.respond(body)
            if status != 200:
                self._send(status, {"error": {"message": content or "stand-in error"}})
                return
            self._send(200, {"id": "x", "object": "chat.completion", "model": body.get("model"),
                             "choices": [{"index": 0, "finish_reason": "stop",
                                          "message": {"role": "assistant", "content": content}}]})

    return Handler
