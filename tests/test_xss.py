"""Hostile content never runs: XSS payloads in every text field, through every output.

``tests/xss_payloads.txt`` holds the payloads (script tags, event handlers, javascript:,
data: and vbscript: URLs in plain and obfuscated forms, SVG and MathML tricks, attribute and
``</title>`` / ``</textarea>`` breakouts, Markdown links, images, autolinks and reference
links, raw HTML blocks, Jinja syntax). :func:`tests.xss_support.write_hostile` puts each one
in every text field and body section of a muscle, an exercise, a drill and a page, next to
the bundled content. Then the standalone site, the MkDocs build, the printable cards and
session sheet (HTML and PDF) are checked: parsed with ``html.parser``, nothing in them may be
markup that a build of harmless text lacks (no element, attribute, event handler, script or
dangerous URL), each payload must be shown as text, and Jinja syntax must not be evaluated.
The browser test in ``test_xss_browser`` loads the pages in Chromium.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.xss_support import (
    MARKDOWN_MARKUP,
    PAYLOADS,
    Allowed,
    benign_texts,
    collapse,
    evaluated_templates,
    learn,
    live_markup,
    scan_html,
    write_hostile,
)

#: The site settings are written by the site's owner, but are escaped all the same.
HOSTILE_CONFIG = (
    "title = {title}\ndescription = {description}\ncontent = [\"content\"]\n"
    "cache_dir = \"cache\"\n"
    "[[sessions]]\nid = \"xss-session\"\ntitle = {session}\ntargets = [\"biceps-brachii\"]\n"
    "equipment = [\"dumbbell\"]\n"  # one it can be planned with, so its page is published
)


def _toml(text: str) -> str:
    return json.dumps(text)  # a TOML basic string


def _project(root: Path, texts: list[str], hostile: bool) -> Path:
    write_hostile(root / "content", texts)
    (root / "mmc.toml").write_text(
        HOSTILE_CONFIG.format(
            title=_toml("<script>window.__xss=1</script> cues" if hostile else "Plain cues"),
            description=_toml('"><img src=x onerror=window.__xss=1>' if hostile else "Plain"),
            session=_toml("</title><script>document.title='pwned'</script>" if hostile
                          else "Plain session"),
        ),
        encoding="utf-8",
    )
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "index.md").write_text("# Home\n\n<!-- mmc:card xss-ex-00 -->\n",
                                            encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: XSS test\ntheme:\n  name: mkdocs\nplugins:\n  - search\n  - mmc:\n"
        "      content: [content]\n      cache_dir: ''\n",
        encoding="utf-8",
    )
    return root


def _run(args: list[str], cwd: Path) -> None:
    result = subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def _session_file(project: Path, texts: list[str]) -> Path:
    """A session whose title, items, names, cues and notes carry the payloads."""
    import mmc

    lib = mmc.load_library(project / "content")
    planned = mmc.plan_session(lib, targets=["biceps-brachii"], equipment={"dumbbell"},
                                minutes=45)
    data = planned.model_dump(mode="json")
    template = data["items"][0]
    data["title"] = texts[0]
    data["items"] = [
        {**template, "exercise": f"xss-ex-{i:02d}", "name": text,
         "cues": [{"text": text[:90], "phase": "concentric", "focus": "muscle"}]}
        for i, text in enumerate(texts[:6])
    ]
    data["drills"] = [
        {"drill": f"xss-dr-{i:02d}", "name": text, "minutes": 2}
        for i, text in enumerate(texts[6:9], start=6)
    ]
    for note in data["rationale"]:
        note["decision"] = texts[9]
        note["reason"] = texts[10]
    path = project / "session.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _build_all(project: Path, texts: list[str]) -> Path:
    _run(["mmc", "build", "--out", "site"], project)
    _run(["mkdocs", "build", "-q", "-d", "mk"], project)
    ids = [f"xss-ex-{i:02d}" for i in range(len(texts))] + ["xss-ex-all"]
    _run(["mmc", "cards", *ids, "--size", "a6", "--content", "content",
          "--out", "cards.html"], project)
    session = _session_file(project, texts)
    _run(["mmc", "sheet", str(session), "--content", "content", "--out", "session.html"],
         project)
    return project


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_all(_project(tmp_path_factory.mktemp("hostile"), PAYLOADS, True), PAYLOADS)


@pytest.fixture(scope="module")
def allowed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Allowed]:
    """What each output legitimately holds, learnt from the same content in harmless words."""
    texts = benign_texts(len(PAYLOADS))
    project = _build_all(_project(tmp_path_factory.mktemp("benign"), texts, False), texts)
    return {
        "site": learn(sorted((project / "site").rglob("*.html")), MARKDOWN_MARKUP),
        "mk": learn(sorted((project / "mk").rglob("*.html")), MARKDOWN_MARKUP),
        "print": learn([project / "cards.html", project / "session.html"], MARKDOWN_MARKUP),
    }


def _problems(files: list[Path], allowed: Allowed) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in files:
        scan = scan_html(path.read_text(encoding="utf-8"))
        problems = live_markup(scan, allowed) + evaluated_templates(scan.text)
        if problems:
            found[str(path)] = problems[:5]
    return found


def test_corpus_is_large_and_varied() -> None:
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS)
    joined = "\n".join(PAYLOADS).lower()
    for kind in ("<script", "onerror", "javascript:", "data:", "vbscript:", "jav&#x09;ascript",
                 "<svg", "<math", "</textarea>", "</title>", "](javascript:", "![",
                 "<javascript:", "]: javascript:", "<div>\n", "{{ 7*7 }}", "{%", '">'):
        assert kind in joined, kind


def test_scanner_finds_every_payload_when_it_is_not_escaped(
    allowed: dict[str, Allowed],
) -> None:
    """The check can fail: each payload, inserted raw or rendered by an unsafe Markdown, is
    caught (except the purely textual ones, which are harmless in any form)."""
    from markdown_it import MarkdownIt

    unsafe = MarkdownIt("commonmark", {"html": True})
    unsafe.validateLink = lambda url: True  # type: ignore[method-assign]
    missed = []
    for payload in PAYLOADS:
        contexts = (f"<p>{payload}</p>", f'<p title="{payload}">x</p>',
                    f"<p title='{payload}'>x</p>", unsafe.render(payload))
        if not any(live_markup(scan_html(html), allowed["site"]) for html in contexts):
            missed.append(payload)
    # Only text that is harmless even unescaped: template syntax, entities, and Markdown
    # links that the (unsafe) renderer percent-encodes.
    assert all("<" not in p or p.startswith(("&lt;", "${")) for p in missed), missed
    assert len(PAYLOADS) - len(missed) >= 50
    assert evaluated_templates("jinja:49:end")
    assert not evaluated_templates("jinja:{{ 7*7 }}:end {% if true %}jinja-if-ran")


def test_standalone_site_has_no_live_payload(hostile: Path, allowed: dict[str, Allowed]) -> None:
    files = sorted((hostile / "site").rglob("*.html"))
    assert len(files) > 4 * len(PAYLOADS)
    assert _problems(files, allowed["site"]) == {}


@pytest.mark.parametrize("kind", ["exercises", "muscles", "drills", "guide"])
def test_standalone_pages_show_each_payload_as_text(hostile: Path, kind: str) -> None:
    short = {"exercises": "ex", "muscles": "mu", "drills": "dr", "guide": "pg"}[kind]
    for i, payload in enumerate(PAYLOADS):
        page = hostile / "site" / kind / f"xss-{short}-{i:02d}" / "index.html"
        scan = scan_html(page.read_text(encoding="utf-8"))
        text = collapse(scan.text)
        assert collapse(payload.split("\n")[0]) in text, (page, payload)
        if payload == "{{ 7*7 }}":
            title = re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S)
            assert title is not None and title.group(1).startswith("{{ 7*7 }}")
            assert "49" not in title.group(1)


def test_exercise_page_shows_name_cues_and_sections(hostile: Path) -> None:
    for i, payload in enumerate(PAYLOADS):
        page = hostile / "site" / "exercises" / f"xss-ex-{i:02d}" / "index.html"
        text = scan_html(page.read_text(encoding="utf-8")).text
        line = collapse(payload.split("\n")[0])
        # name (heading, title, card), cues, setup, visualise, mistakes, notes, provenance
        assert collapse(text).count(line) >= 5, (payload, collapse(text).count(line))


def test_search_index_holds_payloads_as_plain_strings(hostile: Path) -> None:
    entries = json.loads((hostile / "site" / "search-index.json").read_text(encoding="utf-8"))
    titles = {e["t"] for e in entries}
    assert "<script>window.__xss=1</script>" in titles  # data, shown with textContent


def test_mkdocs_build_has_no_live_payload(hostile: Path, allowed: dict[str, Allowed]) -> None:
    files = sorted((hostile / "mk").rglob("*.html"))
    assert len(files) > 4 * len(PAYLOADS)
    assert _problems(files, allowed["mk"]) == {}
    page = (hostile / "mk" / "cues" / "exercises" / "xss-ex-00" / "index.html")
    assert "<script>window.__xss=1</script>" in collapse(scan_html(
        page.read_text(encoding="utf-8")).text)


def test_cards_and_session_sheet_html_have_no_live_payload(
    hostile: Path, allowed: dict[str, Allowed],
) -> None:
    files = [hostile / "cards.html", hostile / "session.html"]
    assert _problems(files, allowed["print"]) == {}
    cards = collapse(scan_html(files[0].read_text(encoding="utf-8")).text)
    shown = [p for p in PAYLOADS if collapse(p.split("\n")[0])[:20] in cards]
    assert len(shown) >= len(PAYLOADS) - 2  # names may be shortened to fit a card
    sheet = collapse(scan_html(files[1].read_text(encoding="utf-8")).text)
    assert "<script>window.__xss=1</script>" in sheet
    assert "{{ 7*7 }}" not in sheet or "49" not in sheet.split("{{ 7*7 }}")[0][-5:]


@pytest.mark.pdf
def test_pdfs_hold_payloads_only_as_text(hostile: Path) -> None:
    from pypdf import PdfReader

    _run(["mmc", "cards", *[f"xss-ex-{i:02d}" for i in range(len(PAYLOADS))], "--size", "a6",
          "--content", "content", "--out", "cards.pdf"], hostile)
    _run(["mmc", "sheet", "session.json", "--content", "content", "--out", "session.pdf"],
         hostile)
    for name in ("cards.pdf", "session.pdf"):
        raw = (hostile / name).read_bytes()
        assert b"/JavaScript" not in raw and b"/JS " not in raw and b"/JS(" not in raw
        assert b"/OpenAction" not in raw and b"/Launch" not in raw
        reader = PdfReader(hostile / name)
        text = ""
        for page in reader.pages:
            text += page.extract_text() + "\n"
            for annot in page.get("/Annots") or []:
                obj = annot.get_object()
                action = obj.get("/A")
                if action is not None:
                    action = action.get_object()
                    assert action.get("/S") == "/URI", (name, action)
                    uri = str(action.get("/URI"))
                    assert re.match(r"^(https?|mailto):", uri), (name, uri)
                assert "/AA" not in obj, (name, obj)
        # The payloads are printed as the characters they are.
        flat = collapse(text)
        assert "<script>" in flat or "<script" in flat.replace("\n", ""), name
        assert "jinja:49:end" not in flat
    cards = collapse(" ".join(p.extract_text() for p in PdfReader(hostile / "cards.pdf").pages))
    assert "onerror" in cards and "javascript:" in cards


# --------------------------------------------------------------------------------------------
# In a real browser
# --------------------------------------------------------------------------------------------

#: Evaluated on every page after it loaded: what a payload that ran would have changed.
#: Frames are counted, except the site's own preview of a session sheet (print_sheet.html).
PROBE = "() => [window.__xss === undefined, document.title !== 'pwned', " \
        "document.querySelectorAll('iframe:not(.sheet-preview[src$=\"/a4.html\"]), object, " \
        "embed, [href^=\"java\" i], [src^=\"java\" i], " \
        "[action^=\"java\" i], [onerror], [onload], [onfocus]').length]"


def _hostile_pages(root: Path) -> list[Path]:
    pages = [p for p in sorted(root.rglob("*.html"))
             if "xss" in p.as_posix() or p.parent == root or p.parent.parent == root]
    return pages


@pytest.mark.browser
def test_no_payload_runs_in_chromium(hostile: Path) -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser_support import launch, serve_directory

    dialogs: list[str] = []
    foreign: list[str] = []
    visited = 0
    with serve_directory(hostile) as base, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))

        def route(r: Any) -> None:
            url = r.request.url
            if url.startswith(base):
                r.continue_()
                return
            # No network: the MkDocs theme's highlight.js CDN is expected, nothing else.
            if not url.startswith("https://cdnjs.cloudflare.com/ajax/libs/highlight.js/"):
                foreign.append(url)
            r.abort()

        page.route("**/*", route)
        # Control: the probe sees a payload that does run.
        page.goto(base + "site/", wait_until="load")
        page.set_content(f"<p>{PAYLOADS[4]}</p>")
        page.wait_for_function("() => window.__xss === 1")
        assert page.evaluate(PROBE)[0] is False
        mkdocs = sorted((hostile / "mk" / "cues" / "exercises").glob("xss-*/index.html"))
        files = (_hostile_pages(hostile / "site") + mkdocs
                 + [hostile / "mk" / "index.html", hostile / "cards.html",
                    hostile / "session.html"])
        for path in files:
            url = base + path.relative_to(hostile).as_posix()
            page.goto(url, wait_until="load")
            untouched, title_kept, frames = page.evaluate(PROBE)
            assert untouched and title_kept and frames == 0, url
            visited += 1
        # The search box lists hostile titles (built with textContent).
        page.goto(base + "site/", wait_until="load")
        page.fill("[data-search-input]", "script window")
        page.wait_for_selector("[data-search-results] li")
        assert page.locator("[data-search-results] li").count() > 0
        page.goto(base + "site/search/?q=script", wait_until="load")
        page.wait_for_timeout(300)
        assert page.evaluate(PROBE)[:2] == [True, True]
        browser.close()
    assert dialogs == []
    assert foreign == []
    assert visited > 4 * len(PAYLOADS)
