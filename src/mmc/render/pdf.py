"""PDF output, through headless Chromium or WeasyPrint.

Two engines lay out the same HTML (with its ``@page`` size, crop marks and mirrored backs):

- ``chromium``: a headless Chromium found on ``PATH`` (``chromium``, ``chromium-browser``,
  ``google-chrome``) or named by the ``MMC_CHROMIUM`` environment variable, run with a fresh
  temporary profile and driven over its DevTools pipe (:mod:`mmc.render.chromium`), so it
  can start before the HTML is ready (:func:`pdf_printer`). Its PDF differs between runs only in the
  ``/CreationDate`` and ``/ModDate`` stamps, which are rewritten to a fixed date (same
  length, so the cross-reference offsets stay valid): the same HTML and the same Chromium
  give byte-identical files.
- ``weasyprint``: WeasyPrint, an optional dependency (``pip install weasyprint``), imported
  only when a PDF is asked for, so that the rest of mmc works without it (and without the
  Pango libraries it needs). Deterministic too.

``auto`` picks Chromium when one is found, else WeasyPrint. Both keep the body map vector.
"""

from __future__ import annotations

import contextlib
import html as html_module
import importlib
import os
import re
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from mmc.errors import MmcError
from mmc.render.chromium import ChromiumPrinter

__all__ = [
    "CHROMIUM_NAMES",
    "ENGINES",
    "INSTALL_HINT",
    "PdfPrinter",
    "chromium_pdf",
    "find_chromium",
    "html_to_pdf",
    "normalise_dates",
    "pdf_printer",
    "resolve_engine",
    "weasyprint",
]

INSTALL_HINT = "pip install weasyprint (the 'pdf' extra of mmc-cues installs it too)"
#: The engines ``html_to_pdf`` and ``mmc cards/sheet --engine`` accept.
ENGINES = ("auto", "chromium", "weasyprint")
#: Programs looked up on ``PATH`` for the ``chromium`` engine, in this order.
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
#: Seconds a Chromium print may take before it is stopped.
CHROMIUM_TIMEOUT = 300.0
_FIXED_DATE = b"20000101000000"
_DATE = re.compile(rb"(/(?:CreationDate|ModDate) ?\(D:)(\d{14})")


def weasyprint() -> ModuleType:
    """The WeasyPrint module, or an :class:`MmcError` saying how to install it."""
    try:
        module = importlib.import_module("weasyprint")
    except ImportError as exc:
        raise MmcError(
            f"PDF output needs WeasyPrint, which is not installed ({exc})",
            fix=f"install it with: {INSTALL_HINT} (WeasyPrint also needs the Pango "
            "library: see https://doc.courtbouillon.org/weasyprint/stable/first_steps.html); "
            "or install Chromium and use --engine chromium; "
            "or leave out --pdf to write HTML and print that from a browser",
        ) from None
    except OSError as exc:  # Pango or another system library is missing
        raise MmcError(
            f"WeasyPrint is installed but cannot load a system library: {exc}",
            fix="install Pango (e.g. 'apt install libpango-1.0-0 libpangoft2-1.0-0'), or "
            "install Chromium and use --engine chromium, or leave out --pdf to write HTML",
        ) from None
    return module


def find_chromium(env: Mapping[str, str] | None = None) -> str | None:
    """The Chromium program to print with: ``MMC_CHROMIUM``, else the first of
    :data:`CHROMIUM_NAMES` on ``PATH``; ``None`` when there is none.

    An ``MMC_CHROMIUM`` that names no runnable program is an :class:`MmcError`.
    """
    env = os.environ if env is None else env
    named = env.get("MMC_CHROMIUM", "").strip()
    if named:
        found = shutil.which(named, path=env.get("PATH"))
        if found is None:
            raise MmcError(
                f"MMC_CHROMIUM={named!r} is not a runnable program",
                fix="set MMC_CHROMIUM to the full path of a Chromium or Chrome executable, "
                "or unset it to look for chromium, chromium-browser or google-chrome on PATH",
            )
        return found
    for name in CHROMIUM_NAMES:
        found = shutil.which(name, path=env.get("PATH"))
        if found is not None:
            return found
    return None


def resolve_engine(engine: str = "auto", env: Mapping[str, str] | None = None) -> tuple[str, str | None]:
    """``(engine, chromium_path)`` for ``engine`` (one of :data:`ENGINES`).

    ``auto`` gives ``("chromium", path)`` when :func:`find_chromium` finds one, else
    ``("weasyprint", None)``. ``chromium`` without a Chromium is an :class:`MmcError`.
    """
    choice = engine.strip().lower()
    if choice not in ENGINES:
        raise MmcError(
            f"unknown PDF engine {engine!r}",
            fix=f"use one of: {', '.join(ENGINES)}",
        )
    if choice == "weasyprint":
        return "weasyprint", None
    path = find_chromium(env)
    if path is not None:
        return "chromium", path
    if choice == "chromium":
        raise MmcError(
            "the chromium PDF engine needs Chromium, and none was found "
            f"(looked for MMC_CHROMIUM, then {', '.join(CHROMIUM_NAMES)} on PATH)",
            fix="install Chromium (e.g. 'apt install chromium'), or set MMC_CHROMIUM to "
            "its path, or use --engine weasyprint",
        )
    return "weasyprint", None


def _with_base(html: str, base_url: str | None) -> str:
    """``html`` with a ``<base>`` so that relative links resolve as WeasyPrint's base_url."""
    if not base_url:
        return html
    href = Path(base_url).resolve().as_uri().rstrip("/") + "/"
    tag = f'<base href="{html_module.escape(href, quote=True)}">'
    match = re.search(r"<head(\s[^>]*)?>", html, flags=re.IGNORECASE)
    if match is None:
        return tag + html
    return html[: match.end()] + tag + html[match.end():]


def normalise_dates(pdf: bytes) -> bytes:
    """``pdf`` with its creation and modification dates set to a fixed date (same length)."""
    return _DATE.sub(lambda m: m.group(1) + _FIXED_DATE, pdf)


def chromium_pdf(
    html: str,
    chromium: str,
    *,
    base_url: str | None = None,
    timeout: float = CHROMIUM_TIMEOUT,
) -> bytes:
    """Print ``html`` to PDF bytes with the headless ``chromium`` program.

    The CSS ``@page`` size and margins are used; no header or footer is printed.
    """
    with ChromiumPrinter(chromium, timeout=timeout) as browser:
        return normalise_dates(browser.print_pdf(_with_base(html, base_url)))


@dataclass(frozen=True, slots=True)
class PdfPrinter:
    """Prints HTML documents to PDF with one engine (see :func:`pdf_printer`)."""

    engine: str
    """``chromium`` or ``weasyprint``."""
    chromium: str | None
    """The Chromium program, for the ``chromium`` engine."""
    browser: ChromiumPrinter | None

    def print(self, html: str, base_url: str | None = None) -> bytes:
        """``html`` as PDF bytes; relative links resolve against ``base_url`` (a folder)."""
        if self.browser is not None:
            return normalise_dates(self.browser.print_pdf(_with_base(html, base_url)))
        data: bytes = weasyprint().HTML(string=html, base_url=base_url).write_pdf()
        return data


@contextlib.contextmanager
def pdf_printer(
    engine: str = "auto", env: Mapping[str, str] | None = None
) -> Iterator[PdfPrinter]:
    """A :class:`PdfPrinter` for ``engine`` (as :func:`resolve_engine` picks), ready early.

    For Chromium the browser starts at once and boots while the caller prepares the HTML,
    so open this before rendering; it is stopped when the block ends.
    """
    chosen, chromium = resolve_engine(engine, env)
    if chosen != "chromium" or chromium is None:
        yield PdfPrinter("weasyprint", None, None)
        return
    with ChromiumPrinter(chromium) as browser:
        yield PdfPrinter("chromium", chromium, browser)


def html_to_pdf(
    html: str,
    *,
    base_url: str | None = None,
    engine: str = "weasyprint",
    env: Mapping[str, str] | None = None,
) -> bytes:
    """Lay out ``html`` (a complete document with its ``@page`` rules) as PDF bytes.

    ``engine`` is ``"weasyprint"`` (the default), ``"chromium"`` (a headless Chromium on
    ``PATH`` or named by ``MMC_CHROMIUM``; its PDF dates are fixed, so output stays
    byte-identical) or ``"auto"`` (Chromium when one is found, else WeasyPrint;
    ``mmc.render.pdf.resolve_engine`` tells which). ``env`` stands in for ``os.environ``
    when looking for Chromium.
    """
    with pdf_printer(engine, env) as printer:
        return printer.print(html, base_url)
