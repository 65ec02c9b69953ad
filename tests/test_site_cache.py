"""The page and card cache: entries survive a pruner racing a build, damage is noticed."""

from __future__ import annotations

import shutil
from pathlib import Path

from mmc.render.templates import Templates
from mmc.site.cache import PageCache, Summary
from mmc.site.environment import site_environment
from mmc.site.fragments import unpack_card


def test_put_recovers_when_a_pruner_removed_the_folder(tmp_path: Path) -> None:
    # A previous build's detached pruner deletes stale entries and the folders they emptied,
    # possibly while this build runs: its next write into that folder must still succeed.
    cache = PageCache(tmp_path / "pages")
    first, second = "ab" + "0" * 62, "ab" + "1" * 62
    cache.put(first, b"<p>one</p>")
    shutil.rmtree(tmp_path / "pages" / "ab")
    cache.put(second, b"<p>two</p>")
    assert cache.get(second) == b"<p>two</p>"
    assert cache.get(first) is None


def test_a_damaged_card_fragment_is_not_used() -> None:
    stored = b"5 4\nfrontback"
    assert unpack_card(stored) == ("front", "back")
    assert unpack_card(stored[:-1]) is None  # cut short
    assert unpack_card(stored + b"x") is None
    assert unpack_card(b'["front", "back"]') is None  # an older format
    assert unpack_card(b"5 4\nfr\xffntback") is None


def test_templates_can_write_read_only_summaries_as_json() -> None:
    # Page contexts hold summaries as read-only mappings; a pack template may use |tojson.
    template = site_environment(Templates(())).from_string("{{ s | tojson }}")
    assert template.render(s=Summary({"name": "Lats", "id": "latissimus-dorsi"})) == (
        '{"id": "latissimus-dorsi", "name": "Lats"}'
    )
