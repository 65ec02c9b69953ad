"""Hostile content for the escaping tests: every payload of ``xss_payloads.txt`` in every text
field and body section of muscles, exercises, drills and pages, and a scanner that finds live
markup (elements, attributes, scripts and URLs) in built HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_payloads() -> list[str]:
    """The payloads, with ``\\n`` and ``\\t`` turned into a newline and a tab."""
    lines = (HERE / "xss_payloads.txt").read_text(encoding="utf-8").splitlines()
    return [
        line.replace("\\n", "\n").replace("\\t", "\t")
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


PAYLOADS = load_payloads()


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are YAML)."""
    return json.dumps(text)


def _cue(text: str) -> str:
    # Cues are 3 to 90 characters.
    return _q(text[:90])


def write_hostile(root: Path, texts: list[str], *, body_all: bool = True) -> Path:
    """Muscles, exercises, drills and pages under ``root`` carrying ``texts``.

    Item ``i`` of every kind carries ``texts[i]`` in each of its text fields and body
    sections; exercise ``xss-ex-all`` carries every text in every body section.
    """
    for sub in ("muscles", "exercises", "drills", "pages"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        n = f"{i:02d}"
        (root / "muscles" / f"xss-mu-{n}.md").write_text(
            f"---\nid: xss-mu-{n}\nname: {_q(text)}\nlatin: {_q(text)}\ngroup: arms\n"
            f"side: front\nparent: biceps-brachii\nactions: [{_q(text)}]\n"
            f"flex: {_q(text)}\ntouch: {_q(text)}\naliases: [{_q(f'xss alias {n} ' + text)}]\n"
            f"---\n\n{text}\n",
            encoding="utf-8",
        )
        (root / "exercises" / f"xss-ex-{n}.md").write_text(
            f"---\nid: xss-ex-{n}\nname: {_q(text)}\nprimary: [xss-mu-{n}]\n"
            "secondary: [deltoid-anterior]\nequipment: [dumbbell]\nmechanic: isolation\n"
            "pattern: elbow-flexion\ntempo: 3-1-1-0\n"
            f"cues:\n  - text: {_cue(text)}\n    phase: concentric\n    focus: muscle\n"
            f"    muscle: xss-mu-{n}\n  - text: {_cue(text)}\n    phase: eccentric\n"
            "    focus: environment\n"
            f"provenance:\n  dataset: {_q(text)}\n  record: {_q(text)}\n  license: {_q(text)}\n"
            f"  attribution: {_q(text)}\n  url: {_q(text)}\n"
            f"---\n\n{text}\n\n## Set up\n\n{text}\n\n## Visualise\n\n{text}\n\n"
            f"## Common mistakes\n\n- {text}\n\n## Instructions\n\n{text}\n",
            encoding="utf-8",
        )
        (root / "drills" / f"xss-dr-{n}.md").write_text(
            f"---\nid: xss-dr-{n}\nname: {_q(text)}\nkind: flex\ntargets: [xss-mu-{n}]\n"
            f"minutes: 2\nsteps: [{_q(text)}, {_q(text)}]\n---\n\n{text}\n",
            encoding="utf-8",
        )
        (root / "pages" / f"xss-pg-{n}.md").write_text(
            f"---\nid: xss-pg-{n}\ntitle: {_q(text)}\nsummary: {_q(text)}\norder: {10 + i}\n"
            f"---\n\n{text}\n\n## {text.splitlines()[0]}\n\n{text}\n",
            encoding="utf-8",
        )
    if body_all:
        everything = "\n\n".join(texts)
        (root / "exercises" / "xss-ex-all.md").write_text(
            "---\nid: xss-ex-all\nname: Every payload\nprimary: [xss-mu-00]\n"
            "equipment: [dumbbell]\nmechanic: isolation\npattern: elbow-flexion\n"
            "tempo: 3-1-1-0\n"
            "cues:\n"
            + "".join(
                f"  - text: {_cue(t)}\n    phase: concentric\n    focus: muscle\n"
                for t in texts
            )
            + f"---\n\n{everything}\n\n## Set up\n\n{everything}\n\n## Visualise\n\n"
            f"{everything}\n\n## Common mistakes\n\n{everything}\n",
            encoding="utf-8",
        )
    return root


def benign_texts(count: int) -> list[str]:
    return [f"Plain words number {i}" for i in range(count)]


# --------------------------------------------------------------------------------------------
# Scanning built HTML
# --------------------------------------------------------------------------------------------

#: Attributes whose value is a URL a browser may follow or load.
URL_ATTRS = frozenset({
    "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
    "srcset", "cite", "ping", "codebase", "dynsrc", "lowsrc", "manifest", "srcdoc", "to",
    "from", "values",
})
_IGNORED = re.compile(r"[\x00-\x20\x7f]+")
DANGEROUS = re.compile(r"^(javascript|vbscript|data|livescript|mocha):")

#: What safe Markdown may add to a page besides the site's own markup.
MARKDOWN_MARKUP: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    **{tag: set() for tag in ("p", "em", "strong", "code", "pre", "ul", "ol", "li", "hr", "br",
                              "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")},
    "ol": {"start"},
}


def dangerous_url(value: str) -> bool:
    cleaned = _IGNORED.sub("", value).lower()
    return bool(DANGEROUS.match(cleaned)) or "javascript:" in cleaned


@dataclass
class PageScan:
    """Elements, attributes, scripts and text of one HTML document."""

    elements: list[tuple[str, list[tuple[str, str | None]]]] = field(default_factory=list)
    scripts: list[tuple[str | None, str]] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    text: str = ""


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self._script: list[str] | None = None
        self._src: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scan.elements.append((tag, attrs))
        if tag in ("script", "style"):
            self._script = []
            self._src = dict(attrs).get("src") if tag == "script" else None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scan.elements.append((tag, attrs))

    def unknown_decl(self, data: str) -> None:
        # ``<![CDATA[ ... ]]>`` hides markup from html.parser, but in HTML a browser ends it
        # at the first ``>``: report it as an element no page has.
        self.scan.elements.append(("<![", [("data", data)]))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._script is not None:
            body = "".join(self._script)
            if tag == "script":
                self.scan.scripts.append((self._src, body))
            else:
                self.scan.styles.append(body)
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        else:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self.scan.text = "".join(self._text)


def scan_html(html: str) -> PageScan:
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return scanner.scan


@dataclass
class Allowed:
    """The markup a site legitimately has: learnt from a build of harmless content."""

    attrs: dict[str, set[str]] = field(default_factory=dict)
    script_srcs: set[str] = field(default_factory=set)
    inline_scripts: set[str] = field(default_factory=set)
    styles: set[str] = field(default_factory=set)

    def learn(self, scan: PageScan) -> None:
        for tag, attrs in scan.elements:
            self.attrs.setdefault(tag, set()).update(name for name, _ in attrs)
        for src, body in scan.scripts:
            if src is not None:
                self.script_srcs.add(src.rsplit("/", 1)[-1].split("?")[0])
            else:
                self.inline_scripts.add(body)
        self.styles.update(scan.styles)


def learn(files: Iterable[Path], extra: dict[str, set[str]] | None = None) -> Allowed:
    allowed = Allowed()
    for path in files:
        allowed.learn(scan_html(path.read_text(encoding="utf-8")))
    for tag, names in (extra or {}).items():
        allowed.attrs.setdefault(tag, set()).update(names)
    return allowed


def live_markup(scan: PageScan, allowed: Allowed) -> list[str]:
    """Every element, attribute, script or URL in ``scan`` that harmless content lacks."""
    found: list[str] = []
    for tag, attrs in scan.elements:
        if tag not in allowed.attrs:
            found.append(f"element <{tag}>")
            continue
        for name, value in attrs:
            if name.startswith("on"):
                found.append(f"event handler <{tag} {name}={value!r}>")
            elif name not in allowed.attrs[tag]:
                found.append(f"attribute <{tag} {name}>")
            if value is not None and name in URL_ATTRS and dangerous_url(value):
                found.append(f"dangerous URL <{tag} {name}={value!r}>")
            if value is not None and name == "style" and (
                "javascript" in value.lower() or "expression(" in value.lower()
            ):
                found.append(f"dangerous style <{tag} style={value!r}>")
            if (tag, name) == ("meta", "http-equiv") and (value or "").lower() == "refresh":
                found.append("meta refresh")
    for src, body in scan.scripts:
        if src is not None:
            if src.rsplit("/", 1)[-1].split("?")[0] not in allowed.script_srcs:
                found.append(f"script src={src!r}")
            if body.strip():
                found.append(f"script with src and body {body[:60]!r}")
        elif body not in allowed.inline_scripts:
            found.append(f"inline script {body[:80]!r}")
    for body in scan.styles:
        if body not in allowed.styles:
            found.append(f"style element {body[:80]!r}")
    return found


#: Text that only appears if a template engine evaluated content.
EVALUATED = ("jinja:49:end", "uid=", "<Config", "Undefined")


def evaluated_templates(text: str) -> list[str]:
    """Signs that Jinja syntax in content was evaluated instead of shown."""
    found = [s for s in EVALUATED if s in text]
    for match in re.finditer("jinja-if-ran", text):
        if not text[: match.start()].endswith("%}"):
            found.append("jinja-if-ran without its {% if %}")
    return found


def collapse(text: str) -> str:
    return " ".join(text.split())
