"""What every engine that talks HTTP to a model server shares: the privacy rule (loopback only, unless
allowed) and the retry pacing (exponential backoff with jitter, so retrying clients do not stampede)."""

from __future__ import annotations

import ipaddress
import random
import socket
import time
from urllib.parse import urlsplit

from ..errors import ConfigError


def backoff(base: float, attempt: int) -> None:
    """Sleep before retry ``attempt`` (1, 2, ...): base, 2 x base, 4 x base..., each up to 50 % longer."""
    time.sleep(base * (2 ** (attempt - 1)) * (1 + random.random() / 2))


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (127.0.0.0/8, ::1, or a name that resolves only there)."""
    host = urlsplit(url if "://" in url else f"http://{url}").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False
    return bool(addresses) and all(ipaddress.ip_address(str(a).split("%")[0]).is_loopback for a in addresses)


def refuse_remote(url: str, where: str = "", server: str = "Ollama") -> None:
    """A ConfigError unless ``url`` is this machine: documents must not leave it unless allowed."""
    if not is_loopback(url):
        prefix = f"{where}: " if where else ""
        raise ConfigError(
            f"{prefix}{server} at {url} is not on this machine: page images and text would leave it. scan2data keeps "
            "documents local unless you allow it — pass --allow-remote, or set `allow_remote: true` in the "
            "engine's options")
