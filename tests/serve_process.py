"""A real ``scan2data serve`` process on a free loopback port, for tests that talk to it over a socket
(an HTTP client, a browser)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServeProcess:
    """``with ServeProcess("--engine", "local") as url:`` — started, healthy, then stopped."""

    def __init__(self, *args: str):
        self.args = args
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> str:
        self.process = subprocess.Popen([sys.executable, "-m", "scan2data.cli", "serve", "--port", str(self.port),
                                         *self.args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"scan2data serve exited: {self.process.stderr.read().decode()}")
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    return url
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("scan2data serve did not answer within 60 s")

    def __exit__(self, *exc: object) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=30)
