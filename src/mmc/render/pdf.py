"""PDF output through WeasyPrint, an optional dependency (``pip install weasyprint``).

WeasyPrint is imported only when a PDF is asked for, so that the rest of mmc works without
it (and without the Pango libraries it needs). Output is deterministic: the same HTML gives
byte-identical PDF files.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from mmc.errors import MmcError

__all__ = ["INSTALL_HINT", "html_to_pdf", "weasyprint"]

INSTALL_HINT = "pip install weasyprint (the 'pdf' extra of mmc-cues installs it too)"


def weasyprint() -> ModuleType:
    """The WeasyPrint module, or an :class:`MmcError` saying how to install it."""
    try:
        module = importlib.import_module("weasyprint")
    except ImportError as exc:
        raise MmcError(
            f"PDF output needs WeasyPrint, which is not installed ({exc})",
            fix=f"install it with: {INSTALL_HINT} (WeasyPrint also needs the Pango "
            "library: see https://doc.courtbouillon.org/weasyprint/stable/first_steps.html); "
            "or leave out --pdf to write HTML and print that from a browser",
        ) from None
    except OSError as exc:  # Pango or another system library is missing
        raise MmcError(
            f"WeasyPrint is installed but cannot load a system library: {exc}",
            fix="install Pango (e.g. 'apt install libpango-1.0-0 libpangoft2-1.0-0'), or "
            "leave out --pdf to write HTML",
        ) from None
    return module


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """Lay out ``html`` (a complete document with its ``@page`` rules) as PDF bytes."""
    module = weasyprint()
    document = module.HTML(string=html, base_url=base_url)
    data: bytes = document.write_pdf()
    return data
