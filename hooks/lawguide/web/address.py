"""The published address: one setting, checked once, behind every absolute URL of the site.

``site_url`` in mkdocs.yml is the address of the Chinese site (the published root); the
environment variable ``SITE_URL`` overrides it (mkdocs.yml reads it with ``!ENV``, so
``mkdocs serve`` mounts the site under the same path), and the Pages workflow sets it
from the repository's Pages URL. Canonical links, the sitemap, hreflang alternates, Open
Graph URLs, the feeds and the JSON export all come from ``Address``; links between pages
stay relative, so the site works under any sub-path (``https://example.org/guide/``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from .. import messages as msg

ENV = "SITE_URL"
# Characters an address may hold without escaping in HTML attributes, XML and JSON.
_SAFE = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


class AddressError(ValueError):
    """The configured address cannot be published as it is."""


@dataclass(frozen=True)
class Address:
    """The published root (``https://example.org/guide/``), always ending in ``/``."""

    root: str

    @classmethod
    def parse(cls, value: object, source: str = "site_url") -> Address:
        """Check ``value`` and return it with a trailing slash; AddressError says what is wrong."""
        if not isinstance(value, str) or not value.strip():
            raise AddressError(msg.ADDRESS_NOT_SET.format(source=source))
        value = value.strip()
        if not _SAFE.fullmatch(value) or "'" in value:
            raise AddressError(msg.ADDRESS_CHARACTERS.format(source=source, value=value))
        parts = urlsplit(value)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise AddressError(msg.ADDRESS_NOT_ABSOLUTE.format(source=source, value=value))
        if parts.username or parts.password:
            raise AddressError(msg.ADDRESS_CREDENTIALS.format(source=source, value=value))
        if parts.query or parts.fragment:
            raise AddressError(msg.ADDRESS_QUERY.format(source=source, value=value))
        path = parts.path or "/"
        if not path.endswith("/"):
            path += "/"
        return cls(f"{parts.scheme}://{parts.netloc.lower()}{path}")

    @property
    def path(self) -> str:
        """The sub-path the site is served under: ``/guide/`` (``/`` at a domain's root)."""
        return urlsplit(self.root).path

    def url(self, prefix: str, page_url: str = "") -> str:
        """Absolute URL of ``page_url`` (MkDocs' ``cases/x/``) in the language at ``prefix``."""
        return self.root + prefix + quote(page_url, safe="/#%-._~")

    def site(self, prefix: str) -> str:
        """Where one language's site lives: the root, or ``<root>en/``."""
        return self.root + prefix


def for_language(site_url: str | None, prefix: str, source: str = "site_url") -> Address:
    """The root from a language site's own ``site_url`` (the root plus its prefix)."""
    address = Address.parse(site_url, source)
    if prefix and address.root.endswith("/" + prefix):
        return Address(address.root[: -len(prefix)])
    return address
