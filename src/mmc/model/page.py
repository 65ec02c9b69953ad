"""Free-standing pages such as the explainer."""

from __future__ import annotations

from pydantic import Field

from mmc.model.common import Frozen, Slug

__all__ = ["Page"]


class Page(Frozen):
    """A Markdown page of prose (``content/pages/``)."""

    id: Slug
    title: str = Field(min_length=1)
    summary: str = Field(default="", description="One line for indexes and search.")
    order: int = Field(default=0, description="Sort key among pages.")
    overrides: bool = Field(default=False, description="Replace an earlier item with this id.")
    body: str = Field(default="", description="Markdown body of the file.")
