"""Loops across items, which no single file shows: muscles whose chain of parents comes back
to itself, and exercises that harder/easier links make harder than themselves. One error per
loop, on a file of the loop chosen the same way every time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from mmc.content.problems import Collector
from mmc.content.references import Item
from mmc.model.exercise import Exercise

__all__ = ["check_difficulty_loops", "check_parent_loops"]


def check_parent_loops(muscles: dict[str, Item], out: Collector) -> None:
    """A muscle whose chain of parents comes back to itself: one error per loop."""
    done: set[str] = set()
    for start in sorted(muscles):
        chain: list[str] = []
        current: str | None = start
        while current is not None and current in muscles and current not in done:
            if current in chain:
                loop = chain[chain.index(current):]
                if len(loop) > 1:  # a muscle as its own parent is reported on its own
                    first = min(loop)
                    order = loop[loop.index(first):] + loop[:loop.index(first)]
                    out.add(
                        muscles[first].doc,
                        ("parent",),
                        "muscles form a loop of parents: " + " -> ".join([*order, first]),
                        "a head's parent is the whole muscle; remove 'parent' from one of them",
                    )
                break
            chain.append(current)
            current = muscles[current].model.parent
        done.update(chain)


def check_difficulty_loops(exercises: dict[str, Item], out: Collector) -> None:
    """Exercises that are, through ``harder`` and ``easier`` links, harder than themselves."""
    # An edge a -> b: b is harder than a; each remembers the link that says so.
    edges: dict[str, dict[str, tuple[str, str, int]]] = {e: {} for e in exercises}
    for item_id in sorted(exercises):
        exercise: Exercise = exercises[item_id].model
        for index, other in enumerate(exercise.harder):
            if other in exercises and other != item_id:
                edges[item_id].setdefault(other, (item_id, "harder", index))
        for index, other in enumerate(exercise.easier):
            if other in exercises and other != item_id:
                edges[other].setdefault(item_id, (item_id, "easier", index))
    for component in _loops(edges):
        first = min(component)
        nxt = min(v for v in edges[first] if v in component)
        owner, relation, index = edges[first][nxt]
        names = ", ".join(sorted(component))
        out.add(
            exercises[owner].doc,
            (relation, index),
            f"harder/easier links go round in a loop: {names} are each harder than another "
            f"of them ('{nxt}' is harder than '{first}' here)",
            "an exercise cannot be both harder and easier than another; remove one link",
        )


def _loops(edges: dict[str, dict[str, Any]]) -> list[set[str]]:
    """The strongly connected parts of more than one node (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)

    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(edges[root])))]
        visit(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    visit(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found

