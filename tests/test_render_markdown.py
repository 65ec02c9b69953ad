"""Markdown: CommonMark, raw HTML escaped, links only to safe places."""

from __future__ import annotations

import pytest

from mmc.render.markdown import is_safe_url, render_markdown
from tests.render_support import check_html


def test_commonmark_blocks_and_inline() -> None:
    html = render_markdown("## Set up\n\nSit **tall**, *brace*.\n\n- one\n- two\n\n1. a\n2. b\n")
    assert html == (
        "<h2>Set up</h2>\n<p>Sit <strong>tall</strong>, <em>brace</em>.</p>\n"
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n"
    )
    check_html(html)


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        "<div>\n\n**bold**\n\n</div>",
    ],
)
def test_raw_html_is_escaped(source: str) -> None:
    html = render_markdown(source)
    parser = check_html(html)
    assert "<script" not in html and "<img" not in html and "<div" not in html
    assert "&lt;" in html
    assert parser.errors == []


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java&#9;script:alert(1)",
        "&#106;avascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "<javascript:alert(1)>",
    ],
)
def test_unsafe_links_and_images_are_not_rendered(link: str) -> None:
    for source in (f"[click]({link})", f"![pic]({link})"):
        html = render_markdown(source)
        assert "href=" not in html and "src=" not in html, html


def test_autolinks_to_unsafe_schemes_stay_text() -> None:
    html = render_markdown("<javascript:alert(1)> and <data:text/html,x>")
    assert "href" not in html


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a", True),
        ("http://example.org", True),
        ("mailto:coach@example.org", True),
        ("/muscles/lats/", True),
        ("../exercises/row.html#cues", True),
        ("#set-up", True),
        ("javascript:alert(1)", False),
        (" JAVASCRIPT:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:image/png;base64,AAAA", False),
        ("vbscript:x", False),
        ("ftp://example.org", False),
        ("weird:thing", False),
    ],
)
def test_is_safe_url(url: str, safe: bool) -> None:
    assert is_safe_url(url) is safe


def test_safe_links_are_kept() -> None:
    html = render_markdown("[evidence](https://doi.org/10.1007/s00421-015-3305-7) [up](../)")
    assert '<a href="https://doi.org/10.1007/s00421-015-3305-7">evidence</a>' in html
    assert '<a href="../">up</a>' in html
