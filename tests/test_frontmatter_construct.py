"""The fast front-matter constructor builds exactly what PyYAML's safe loader builds.

``mmc.content.frontmatter`` constructs strings, mappings and sequences itself (the loader's
constructor is the slowest part of loading a big library) and leaves everything else to
PyYAML. These tests compare the two on generated documents and on every YAML feature the
fast path hands back.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mmc.content import frontmatter
from mmc.errors import MmcError

_scalars = (
    st.text(max_size=30)
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False)
    | st.booleans()
    | st.none()
    | st.dates()
)
_keys = st.text(min_size=1, max_size=12) | st.integers(0, 99) | st.booleans()
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=20,
)


def _document(front: str) -> str:
    return f"---\n{front}---\nBody.\n"


def _pyyaml(front: str) -> Any:
    # The front matter ends where the closing '---' line starts: without its last newline.
    return yaml.safe_load(front.removesuffix("\n"))


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1 and True and 1.0 are told apart)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=12), _values, min_size=1, max_size=6),
       st.sampled_from([False, True, None]))
def test_generated_front_matter_matches_pyyaml(data: dict[str, Any], flow: bool | None) -> None:
    front = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    ours = frontmatter.parse_document(_document(front), "x.md").data
    assert _same(ours, _pyyaml(front))


@pytest.mark.parametrize(
    "front",
    [
        "a: 0x1F\nb: 1_000\nc: .inf\nd: ~\ne: 'yes'\nf: yes\ng: 3110\nh: 0o17\ni: -.5e3\n",
        "when: 2024-05-01\nstamp: 2024-05-01 10:20:30\n",
        "<<: {x: 1}\ny: 2\n",  # merge key: PyYAML's constructor
        "a: !!set {x, y}\n",
        "a: !!binary aGVsbG8=\n",
        "a: !!str 12\nb: !!int '7'\nc: !!float '1'\n",
        "a: !!omap [{x: 1}, {y: 2}]\n",
        "1: one\ntrue: yes\n~: nothing\n2.5: half\n",
        "text: |\n  two\n  lines\nfolded: >\n  one\n  line\n",
        "empty: []\nnone: {}\nnested: [[1, [2]], {a: [b]}]\n",
        "=: x\na: [b, {=: c}]\n",  # '=' is a string only as a key (the 'value' tag)
    ],
)
def test_yaml_features_match_pyyaml(front: str) -> None:
    ours = frontmatter.parse_document(_document(front), "x.md").data
    assert _same(ours, _pyyaml(front))


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("a: !foo bar\n", "invalid YAML"),  # an unknown tag
        ("? [a, b]\n: 1\n", "key must be plain text"),  # an unhashable key
        ("a: !!python/object:os.system {}\n", "invalid YAML"),
    ],
)
def test_what_pyyaml_refuses_is_refused(front: str, problem: str) -> None:
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(front)
    with pytest.raises(MmcError, match=problem):
        frontmatter.parse_document(_document(front), "x.md")


def test_dates_stay_dates() -> None:
    data = frontmatter.parse_document(_document("when: 2024-05-01\n"), "x.md").data
    assert data["when"] == datetime.date(2024, 5, 1)
