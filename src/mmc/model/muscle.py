"""Muscles and their heads, with how to flex and feel them."""

from __future__ import annotations

from pydantic import Field

from mmc.model.common import Frozen, Group, Side, Slug, empty_list

__all__ = ["Muscle"]


class Muscle(Frozen):
    """A muscle, or a head of one worth cueing on its own (``deltoid-anterior``)."""

    id: Slug
    name: str = Field(min_length=1, description="Common English name.")
    latin: str = Field(min_length=1, description="Latin name (Terminologia Anatomica).")
    group: Group
    side: Side = Field(description="Which view of the body map shows it.")
    parent: Slug | None = Field(default=None, description="The muscle this is a head of.")
    actions: list[str] = Field(default_factory=empty_list, description="What it does at its joints.")
    flex: str = Field(
        default="",
        description="How to contract it without weight, and what that should feel like.",
    )
    touch: str = Field(default="", description="Where to place a hand to feel it work.")
    compensations: list[Slug] = Field(
        default_factory=empty_list, description="Helper muscles that tend to take over its work."
    )
    uberon: str | None = Field(default=None, pattern=r"^UBERON:[0-9]{7}$")
    fma: str | None = Field(default=None, pattern=r"^FMA:[0-9]+$")
    ta2: int | None = Field(default=None, description="Terminologia Anatomica 2 id.")
    aliases: list[str] = Field(
        default_factory=empty_list, description="Names other datasets use for it (matched ignoring case)."
    )
    overrides: bool = Field(default=False, description="Replace an earlier item with this id.")
    description: str = Field(default="", description="Markdown body of the file.")
