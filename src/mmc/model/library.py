"""The immutable, indexed collection of all content."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Literal, TypeVar, get_args

from mmc.errors import MmcError
from mmc.model.common import EQUIPMENT
from mmc.model.drill import Drill
from mmc.model.exercise import Exercise
from mmc.model.muscle import Muscle
from mmc.model.page import Page
from mmc.suggest import closest, did_you_mean, you_meant

__all__ = ["Library", "Role"]

Role = Literal["primary", "secondary", "any"]
ROLES: tuple[str, ...] = get_args(Role)
Kind = Literal["muscle", "exercise", "drill", "page"]


T = TypeVar("T")


def name_key(name: str) -> str:
    """How muscle names are compared: case-folded, with ``_`` and ``-`` read as spaces and
    runs of spaces collapsed (``upper_back``, ``Upper-Back`` and ``upper back`` are equal)."""
    return " ".join(name.casefold().replace("_", " ").replace("-", " ").split())


def _frozen(items: Iterable[T], key: str) -> Mapping[str, T]:
    ordered = sorted(items, key=lambda item: str(getattr(item, key)))
    return MappingProxyType({getattr(item, key): item for item in ordered})


M = TypeVar("M", Muscle, Exercise, Drill, Page)


def _items(values: Iterable[M], model: type[M], field: str) -> list[M]:
    """``values`` as a list of ``model`` objects; a mapping is validated into one."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise MmcError(f"{field} must be a list of {model.__name__} objects, not "
                       f"{type(values).__name__}", field=field,
                       fix=f"pass e.g. [mmc.{model.__name__}(...)], or load_library()")
    found: list[M] = []
    for index, value in enumerate(values):
        if isinstance(value, Mapping):
            value = model.model_validate(dict(value))
        if not isinstance(value, model):
            raise MmcError(f"{field}[{index}] must be a {model.__name__}, not "
                           f"{type(value).__name__}", field=f"{field}[{index}]",
                           fix=f"pass mmc.{model.__name__}(...) objects")
        found.append(value)
    return found


class Library:
    """Muscles, exercises, drills and pages, indexed by id and cheap to query.

    A ``Library`` never changes after it is built; build one with :func:`mmc.load_library`
    or directly from model objects (references are checked by the loader, not here).
    """

    __slots__ = (
        "_by_equipment",
        "_by_muscle",
        "_children",
        "_names",
        "_sources",
        "drills",
        "exercises",
        "muscles",
        "pages",
    )

    muscles: Mapping[str, Muscle]
    exercises: Mapping[str, Exercise]
    drills: Mapping[str, Drill]
    pages: Mapping[str, Page]

    def __init__(
        self,
        *,
        muscles: Iterable[Muscle] = (),
        exercises: Iterable[Exercise] = (),
        drills: Iterable[Drill] = (),
        pages: Iterable[Page] = (),
        sources: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        self.muscles = _frozen(_items(muscles, Muscle, "muscles"), "id")
        self.exercises = _frozen(_items(exercises, Exercise, "exercises"), "id")
        self.drills = _frozen(_items(drills, Drill, "drills"), "id")
        self.pages = _frozen(_items(pages, Page, "pages"), "id")
        if sources is not None and not isinstance(sources, Mapping):
            raise MmcError(f"sources must be a mapping, not {type(sources).__name__}",
                           field="sources", fix="map (kind, id) to the file it came from")
        self._sources = MappingProxyType(dict(sources or {}))

        children: dict[str, list[str]] = {}
        names: dict[str, str] = {}
        for muscle in self.muscles.values():
            if muscle.parent:
                children.setdefault(muscle.parent, []).append(muscle.id)
            for name in (muscle.id, muscle.name, muscle.latin, *muscle.aliases):
                names.setdefault(name_key(name), muscle.id)
        self._children = MappingProxyType({k: tuple(v) for k, v in children.items()})
        self._names = MappingProxyType(names)

        by_muscle: dict[tuple[str, str], list[Exercise]] = {}
        by_equipment: dict[str, list[Exercise]] = {}
        for exercise in self.exercises.values():
            for role, ids in (("primary", exercise.primary), ("secondary", exercise.secondary)):
                for muscle_id in ids:
                    by_muscle.setdefault((role, muscle_id), []).append(exercise)
            for item in exercise.equipment:
                by_equipment.setdefault(item, []).append(exercise)
        self._by_muscle = MappingProxyType({k: tuple(v) for k, v in by_muscle.items()})
        self._by_equipment = MappingProxyType({k: tuple(v) for k, v in by_equipment.items()})

    def __repr__(self) -> str:
        return (
            f"<Library {len(self.muscles)} muscles, {len(self.exercises)} exercises, "
            f"{len(self.drills)} drills, {len(self.pages)} pages>"
        )

    def heads(self, muscle_id: str) -> tuple[str, ...]:
        """Ids of the heads of a muscle (``deltoid`` -> anterior, lateral, posterior)."""
        return self._children.get(muscle_id, ())

    def root(self, muscle_id: str) -> str:
        """The whole muscle a head belongs to, walking up ``parent`` (the muscle itself when
        it is whole; stops where parents loop)."""
        seen = {muscle_id}
        while muscle_id in self.muscles:
            parent = self.muscles[muscle_id].parent
            if parent is None or parent in seen:
                break
            seen.add(parent)
            muscle_id = parent
        return muscle_id

    def family(self, muscle_id: str) -> tuple[str, ...]:
        """The muscle and, recursively, all its heads (each once, even if parents loop)."""
        found = [muscle_id]
        seen = {muscle_id}
        for current in found:  # grows while it is walked: breadth first
            for child in self.heads(current):
                if child not in seen:
                    seen.add(child)
                    found.append(child)
        return tuple(found)

    def find_muscle(self, name: str) -> Muscle | None:
        """A muscle by id, English or Latin name, or alias, ignoring case, and reading ``_``
        and ``-`` as spaces (``front_delts``, ``upper-back``)."""
        if not isinstance(name, str):
            raise MmcError(f"a muscle name must be text, not {type(name).__name__}",
                           field="name", fix="pass an id such as 'latissimus-dorsi'")
        muscle_id = self._names.get(name_key(name))
        return self.muscles[muscle_id] if muscle_id else None

    def muscle(self, name: str, *, field: str = "muscle") -> Muscle:
        """A muscle by id, English or Latin name, or alias; an unknown one raises
        :class:`~mmc.errors.MmcError` with a "did you mean"."""
        found = self.muscles.get(name) if isinstance(name, str) else None
        found = found or self.find_muscle(name)
        if found is None:
            guess = closest(name_key(name), self._names)
            raise MmcError(
                f"unknown muscle {name!r}",
                field=field,
                fix=(you_meant([self._names[guess]]) if guess else None)
                or "use a muscle id, name or alias from the library",
            )
        return found

    def exercises_for(
        self, muscle_id: str, role: Role = "any", *, include_heads: bool = True
    ) -> tuple[Exercise, ...]:
        """Exercises that train a muscle (and, by default, any of its heads), sorted by id.

        ``muscle_id`` may also be a name or alias (``lats``); an unknown muscle or a role
        other than ``primary``, ``secondary`` or ``any`` raises :class:`~mmc.errors.MmcError`.
        """
        if not isinstance(role, str) or role not in ROLES:
            raise MmcError(f"unknown role {role!r}", field="role",
                           fix="use one of: " + ", ".join(ROLES))
        muscle_id = self.muscle(muscle_id).id
        if not isinstance(include_heads, bool):
            raise MmcError(f"include_heads must be True or False, not {include_heads!r}",
                           field="include_heads", fix="pass include_heads=False for the "
                           "muscle alone, True (the default) for its heads too")
        ids = self.family(muscle_id) if include_heads else (muscle_id,)
        roles = ("primary", "secondary") if role == "any" else (role,)
        seen: dict[str, Exercise] = {}
        for r in roles:
            for mid in ids:
                for exercise in self._by_muscle.get((r, mid), ()):
                    seen.setdefault(exercise.id, exercise)
        return tuple(seen[k] for k in sorted(seen))

    def exercises_using(self, equipment: str) -> tuple[Exercise, ...]:
        """Exercises that need a given piece of equipment (an unknown one raises
        :class:`~mmc.errors.MmcError` with a "did you mean")."""
        return self._by_equipment.get(_equipment(equipment), ())

    def exercises_possible_with(self, equipment: Iterable[str]) -> tuple[Exercise, ...]:
        """Exercises whose every piece of equipment is available (bodyweight always is)."""
        if isinstance(equipment, str):
            equipment = [equipment]
        if not isinstance(equipment, Iterable) or isinstance(equipment, bytes | Mapping):
            raise MmcError(f"equipment must be a list of names, not {type(equipment).__name__}",
                           field="equipment", fix="pass e.g. ['dumbbell', 'bench']")
        have = {*(_equipment(item) for item in equipment), "bodyweight"}
        return tuple(e for e in self.exercises.values() if set(e.equipment) <= have)

    def source(self, kind: Kind, item_id: str) -> str | None:
        """The file an item was loaded from, if it came from a file."""
        return self._sources.get((kind, item_id))


def _equipment(value: str) -> str:
    """``value`` if it is in the equipment vocabulary, else an MmcError with a fix."""
    if isinstance(value, str) and value in EQUIPMENT:
        return value
    hint = did_you_mean(value, EQUIPMENT) if isinstance(value, str) else None
    raise MmcError(
        f"unknown equipment {value!r}",
        field="equipment",
        fix=hint or "use one of: " + ", ".join(EQUIPMENT),
    )
