"""'Did you mean': one judgement of closeness and one wording for every unknown name."""

from __future__ import annotations

import pytest

from mmc.suggest import CUTOFF, close_matches, closest, did_you_mean, similarity, you_meant


def test_nearest_first_and_only_close_names() -> None:
    options = ["deltoid-lateral", "deltoid-anterior", "biceps-brachii", "trapezius"]
    assert close_matches("deltoid-lateal", options, 3)[0] == "deltoid-lateral"
    assert "trapezius" not in close_matches("deltoid-lateal", options, 3)
    assert closest("bicep-brachii", options) == "biceps-brachii"
    assert closest("squat", options) is None


def test_the_cutoff_is_the_similarity_ratio() -> None:
    assert similarity("abcd", "abcd") == 1.0
    assert similarity("abcde", "abxyz") < CUTOFF  # two of five letters in common: 0.4
    assert closest("abcde", ["abxyz"]) is None
    assert similarity("abcde", "abcdz") >= CUTOFF
    assert closest("abcde", ["abcdz"]) == "abcdz"


@pytest.mark.parametrize(
    ("names", "text"),
    [
        ([], None),
        (["title"], "did you mean 'title'?"),
        (["a-1", "a-2"], "did you mean 'a-1' or 'a-2'?"),
        (["o'brien"], 'did you mean "o\'brien"?'),
    ],
)
def test_one_wording(names: list[str], text: str | None) -> None:
    assert you_meant(names) == text


def test_did_you_mean_limits_the_names() -> None:
    options = ["dumbbell", "dumbbells", "barbell"]
    assert did_you_mean("dumbel", options) == "did you mean 'dumbbell'?"
    assert did_you_mean("dumbel", options, 3) == "did you mean 'dumbbell' or 'dumbbells'?"
    assert did_you_mean("kettlebell", ["cable"]) is None
