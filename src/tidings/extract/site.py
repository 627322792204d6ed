"""Site name and domain from a URL.

``site_from_url("https://www.example-news.co.uk/world/123")`` gives
``("Example News", "example-news.co.uk")``: the domain is the host without ``www.`` (and
without a port), the name is the registrable label made readable. A page's own site name
(``og:site_name``), when it has one, is better than this guess and wins in the extractors.
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Second-level labels under which registrations sit (``bbc.co.uk``, ``abc.net.au``).
_SECOND_LEVEL = frozenset(["co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gv", "nic", "gob", "mil"])
_PREFIXES = ("www.", "www2.", "www3.", "m.", "amp.", "mobile.")


def site_from_url(url: str | None) -> tuple[str | None, str | None]:
    """Return ``(name, domain)`` for a URL; ``(None, None)`` when it has no host.

    Args:
        url: an absolute URL (``https://...``) or a bare host (``example.org/path``).
    """
    if not url or not url.strip():
        return None, None
    text = url.strip()
    if "//" not in text.split("?", 1)[0]:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None, None
    if not host or "." not in host and host != "localhost":
        return None, None
    host = host.rstrip(".").lower()
    for prefix in _PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    if _is_ip(host) or host == "localhost":
        return host, host
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        label = labels[-3]
    elif len(labels) >= 2:
        label = labels[-2]
    else:
        label = labels[0]
    name = " ".join(part.capitalize() for part in label.replace("_", "-").split("-") if part)
    return name or None, host


def _is_ip(host: str) -> bool:
    parts = host.split(".")
    return (len(parts) == 4 and all(p.isdigit() for p in parts)) or ":" in host
