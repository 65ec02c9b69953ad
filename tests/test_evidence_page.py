"""The evidence page: every rule the code or content cites is explained there, and published.

The page is one content file (``content/pages/evidence.md``): the site shows it at
``guide/evidence/`` and the MkDocs plugin at ``cues/evidence.md``; nothing else restates it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

import mmc
from mmc.model.library import Library
from mmc.model.session import RULE_PATTERN, RuleNote
from mmc.plan import RULE_TITLES
from mmc.plan.text import EVIDENCE_NOTE, session_markdown
from mmc.site.config import SiteConfig
from mmc.site.context import build_context
from mmc.site.docs import docs_pages
from mmc.site.pages import EVIDENCE_PATH, plan_pages
from mmc.site.pagewriter import render_page
from mmc.site.samples import sample_sessions

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "content" / "pages" / "evidence.md"
RULE_ID = re.compile(r"\bR([0-9]{1,2})\b")
#: Saying that a rule does not exist is not citing it.
NO_RULE = re.compile(r"\bno R[0-9]{1,2}\b", re.IGNORECASE)
SECTION = re.compile(r"^#{2,4} (R[0-9]{1,2})\. \S", re.MULTILINE)
TEXT_SUFFIXES = {".py", ".md", ".json", ".html", ".js", ".css", ".toml", ".yml", ".txt"}


@lru_cache(maxsize=1)
def library() -> Library:
    return mmc.load_library()


def page_rules() -> list[str]:
    return SECTION.findall(library().pages["evidence"].body)


def cited_rules() -> dict[str, list[str]]:
    """Every rule id named in the package and its content, with the files that name it."""
    found: dict[str, list[str]] = {}
    for top in (ROOT / "src", ROOT / "content"):
        for path in sorted(top.rglob("*")):
            if path.suffix not in TEXT_SUFFIXES or path == PAGE or not path.is_file():
                continue
            text = NO_RULE.sub("", path.read_text(encoding="utf-8"))
            for number in RULE_ID.findall(text):
                found.setdefault(f"R{number}", []).append(path.relative_to(ROOT).as_posix())
    return found


def test_the_page_is_bundled_content() -> None:
    page = library().pages["evidence"]
    assert page.title and page.summary
    # The explainer stays first: the site header's guide link goes to the lowest order.
    assert page.order > library().pages["mind-muscle-connection"].order


def test_every_rule_the_code_or_content_cites_has_a_section() -> None:
    cited = cited_rules()
    assert {"R1", "R6", "R10", "R15"} <= set(cited)  # the scan finds the rules in use
    missing = {rule: files[:3] for rule, files in cited.items() if rule not in page_rules()}
    assert missing == {}, f"add a section '### Rn. ...' to {PAGE.name} for {missing}"


def test_every_rule_a_plan_can_carry_has_a_section() -> None:
    accepted = [f"R{n}" for n in range(1, 100) if re.match(RULE_PATTERN, f"R{n}")]
    assert accepted and set(accepted) <= set(page_rules())
    assert set(RULE_TITLES) - {"convention"} <= set(page_rules())


def test_the_sections_are_in_order_once_each_and_there_is_no_r9() -> None:
    rules = page_rules()
    numbers = [int(rule[1:]) for rule in rules]
    assert numbers == sorted(set(numbers))
    assert rules[:8] == [f"R{n}" for n in range(1, 9)] and "R9" not in rules
    assert "There is no R9" in library().pages["evidence"].body
    assert "R9" not in cited_rules()
    assert not re.match(RULE_PATTERN, "R9")
    try:
        RuleNote(rule="R9", decision="x", reason="y")
    except mmc.MmcError:
        pass
    else:  # pragma: no cover - the assertion is the point
        raise AssertionError("RuleNote accepted R9")


def test_every_rule_section_says_what_mmc_does_and_on_what_grounds() -> None:
    body = library().pages["evidence"].body
    sections = re.split(r"^### ", body, flags=re.MULTILINE)[1:]
    for section in sections:
        rule = section.split(".", 1)[0]
        text = section.split("\n## ", 1)[0]
        assert "**What mmc does.**" in text, rule
        assert re.search(r"\*\*(What the (study|studies) found|Evidence)\.\*\*", text), rule


def test_every_source_has_a_year_and_a_doi_pmid_or_a_stated_gap() -> None:
    body = library().pages["evidence"].body
    sources = body.split("\n## Sources\n", 1)[1]
    entries = re.split(r"^- ", sources, flags=re.MULTILINE)[1:]
    assert len(entries) >= 30
    for entry in entries:
        entry = " ".join(entry.split())
        if entry.startswith("Not checked"):
            continue
        assert re.search(r"\((19|20)[0-9]{2}", entry), entry
        assert "doi.org/10." in entry or "PMID" in entry or "not checked" in entry, entry


def test_the_counter_evidence_the_issue_names_is_there() -> None:
    body = " ".join(library().pages["evidence"].body.split())
    for claim in (
        "Marchant, Greig, Bullough & Hitchen 2011",  # reps to failure (R3)
        "at 80 percent the chest instruction still raised",  # Snyder & Fry
        "at both loads",  # Paoli: triceps at 50 and 80 percent
        "roughly 70 to 80 percent of 1RM",  # Schoenfeld 2018's loads
        "Strength did not differ significantly",
        "Wulf 2013",
        "Fujita et al. 2019",
        "Fujita et al. 2020",
        "raised biceps EMG while the torque went down",
    ):
        assert claim.lower() in body.lower(), claim


def test_the_site_publishes_the_page() -> None:
    lib = library()
    jobs = {job.path: job for job in plan_pages(lib, SiteConfig())}
    job = jobs["guide/evidence/index.html"]
    assert EVIDENCE_PATH == "guide/evidence/"
    build = build_context(SiteConfig(), lib)
    assert build.settings["guide"] == "mind-muscle-connection"
    html = render_page(job, build)
    for rule in page_rules():
        assert f"<h3>{rule}. " in html, rule
    assert 'href="https://doi.org/10.1007/s00421-015-3305-7"' in html
    assert "<p>|" not in html  # the site's CommonMark has no tables: lists only
    explainer = render_page(jobs["guide/mind-muscle-connection/index.html"], build)
    assert 'href="../evidence/"' in explainer


def test_session_pages_link_the_evidence_page() -> None:
    lib = library()
    config = SiteConfig()
    planned = sample_sessions(lib, config)
    sessions = [j for j in plan_pages(lib, config, planned) if j.template == "session.html"]
    assert sessions
    html = render_page(sessions[0], build_context(config, lib))
    assert 'href="../../guide/evidence/">the evidence page</a>' in html


def test_the_docs_publish_the_page_in_the_nav() -> None:
    pages = docs_pages(library(), "cues")
    assert pages["cues/evidence.md"].in_nav
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = yaml.safe_dump(config["nav"])
    for page_id in library().pages:
        assert f"cues/{page_id}.md" in nav, page_id
    assert "](cues/evidence.md)" in (ROOT / "docs" / "planner.md").read_text(encoding="utf-8")


def test_plan_text_points_to_the_evidence_page() -> None:
    lib = library()
    session = mmc.plan_session(lib, targets=["latissimus-dorsi"], equipment=["cable"],
                               minutes=30)
    text = session_markdown(session)
    assert text.rstrip().endswith(EVIDENCE_NOTE)
    assert EVIDENCE_PATH in EVIDENCE_NOTE


def test_no_user_visible_file_names_the_old_research_notes() -> None:
    places = [ROOT / "src", ROOT / "content", ROOT / "docs", ROOT / "README.md"]
    offenders = []
    for place in places:
        for path in sorted([place] if place.is_file() else place.rglob("*")):
            if (path.suffix in TEXT_SUFFIXES and path.is_file()
                    and "EVIDENCE.md" in path.read_text(encoding="utf-8")):
                offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == []
