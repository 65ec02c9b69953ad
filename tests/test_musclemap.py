"""The muscle map: every muscle of the taxonomy is a region, highlighting marks exactly its
regions, the SVG is accessible, deterministic, and renders in Chromium and WeasyPrint."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from mmc import Library, MmcError, bundled_content_dir, load_library
from mmc.render.musclemap import MAP_MUSCLES, render_muscle_map

SVG = "{http://www.w3.org/2000/svg}"
CHROMIUM = "/usr/bin/chromium"
PRIMARY_RGB = (0xB3, 0x26, 0x1E)


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """The bundled muscle taxonomy on its own (exercises are other tests' business)."""
    root = tmp_path_factory.mktemp("taxonomy")
    shutil.copytree(bundled_content_dir() / "muscles", root / "muscles")
    library = load_library(root, bundled=False)
    assert len(library.muscles) >= 39
    return library


def parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)


def regions(root: ElementTree.Element) -> list[ElementTree.Element]:
    return [p for p in root.iter(f"{SVG}path") if p.get("data-muscle")]


def classes(element: ElementTree.Element) -> set[str]:
    return set((element.get("class") or "").split())


def expected_regions(lib: Library, muscle_id: str) -> set[str]:
    """The data-muscle values a highlighted muscle must light up: itself and all its heads."""
    return set(lib.family(muscle_id))


# ---------------------------------------------------------------------------- structure


def test_svg_parses_and_ids_are_unique(lib: Library) -> None:
    svg = render_muscle_map(["pectoralis-major"], ["triceps-brachii"], library=lib)
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids)) > 40


def test_every_taxonomy_muscle_has_a_region(lib: Library) -> None:
    root = parse(render_muscle_map([], library=lib, id_prefix="mm"))
    drawn = {p.get("data-muscle") for p in regions(root)}
    groups = {g.get("data-muscle") for g in root.iter(f"{SVG}g") if g.get("data-muscle")}
    for muscle_id in sorted(lib.muscles):
        family = set(lib.family(muscle_id))
        assert family & drawn, f"{muscle_id} has no region"
        if lib.heads(muscle_id):
            assert muscle_id in groups, f"{muscle_id} is not drawn as a group of its heads"
    assert {m for m in drawn if m} <= set(lib.muscles)
    assert drawn | groups == MAP_MUSCLES


def test_region_ids_follow_the_view_and_muscle(lib: Library) -> None:
    root = parse(render_muscle_map([], library=lib, id_prefix="mm"))
    ids = {p.get("id") for p in regions(root)}
    for expected in (
        "mm-front-deltoid-lateral",
        "mm-back-deltoid-lateral",
        "mm-front-deltoid-anterior",
        "mm-back-deltoid-posterior",
        "mm-front-trapezius-upper",
        "mm-back-trapezius-upper",
        "mm-back-trapezius-middle",
        "mm-front-obliques",
        "mm-back-obliques",
        "mm-front-gluteus-medius",
        "mm-back-gluteus-medius",
        "mm-front-gastrocnemius",
        "mm-back-soleus",
        "mm-front-quadriceps-vastus-lateralis",
        "mm-front-quadriceps-vastus-medialis",
        "mm-front-rectus-femoris",
    ):
        assert expected in ids, expected


def test_heads_sit_inside_their_parents_group(lib: Library) -> None:
    root = parse(render_muscle_map([], library=lib))
    for group in root.iter(f"{SVG}g"):
        parent = group.get("data-muscle")
        if not parent:
            continue
        inside = {p.get("data-muscle") for p in group.iter(f"{SVG}path")}
        assert inside <= set(lib.family(parent)), parent
    # every drawn head is inside its parent's group, in every view it shows in
    for view in ("front", "back"):
        view_group = next(g for g in root.iter(f"{SVG}g") if g.get("id", "").endswith(view))
        heads_in_groups = {
            p.get("data-muscle")
            for g in view_group.iter(f"{SVG}g")
            if g.get("data-muscle")
            for p in g.iter(f"{SVG}path")
        }
        for path in regions(view_group):
            muscle = lib.muscles[path.get("data-muscle") or ""]
            if muscle.parent:
                assert muscle.id in heads_in_groups, (view, muscle.id)


def test_each_view_is_symmetric(lib: Library) -> None:
    """Every region is drawn on both sides: its left half, then a ``<use>`` of it mirrored
    about the midline; the body outline (one path in ``<defs>``) is symmetric itself."""
    root = parse(render_muscle_map([], library=lib))
    figures = [g for g in root.iter(f"{SVG}g") if g.get("transform")]
    mirrored = 0
    for group in (g for figure in figures for g in figure.iter(f"{SVG}g")):
        elements = [e for e in group if e.tag in (f"{SVG}path", f"{SVG}use")]
        for index, element in enumerate(elements):
            following = elements[index + 1] if index + 1 < len(elements) else None
            if element.tag != f"{SVG}path":
                continue
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", element.get("d") or "")]
            assert max(numbers[0::2]) <= 100.01, element.get("id")  # the viewer's left half
            assert following is not None and following.tag == f"{SVG}use", element.get("id")
            assert following.get("href") == "#" + (element.get("id") or "?")
            assert following.get("transform") == "matrix(-1 0 0 1 200 0)"
            mirrored += 1
    assert mirrored > 40
    body = next(p for p in root.iter(f"{SVG}path") if (p.get("id") or "").endswith("-body"))
    xs = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", body.get("d") or "")][0::2]
    assert min(xs) + max(xs) == pytest.approx(200, abs=0.01)
    uses = [u.get("href") for u in root.iter(f"{SVG}use")]
    assert uses.count("#" + (body.get("id") or "")) == 4  # filled and outlined, front and back


# ---------------------------------------------------------------------------- highlighting


@pytest.mark.parametrize("role", ["primary", "secondary"])
def test_highlighting_each_muscle_marks_exactly_its_regions(lib: Library, role: str) -> None:
    drawn = {p.get("data-muscle") for p in regions(parse(render_muscle_map([], library=lib)))}
    for muscle_id in sorted(lib.muscles):
        args: tuple[list[str], list[str]] = (
            ([muscle_id], [])
            if role == "primary"
            else (
                [],
                [muscle_id],
            )
        )
        root = parse(render_muscle_map(*args, library=lib))
        marked = {p.get("data-muscle") for p in regions(root) if role in classes(p)}
        assert marked, muscle_id
        assert marked == expected_regions(lib, muscle_id) & drawn, muscle_id
        other = "secondary" if role == "primary" else "primary"
        assert not [p for p in regions(root) if other in classes(p)], muscle_id
        for path in regions(root):
            fill = path.get("fill") or ""
            if role in classes(path):
                assert fill == "#b3261e" if role == "primary" else fill.startswith("url(#")
            else:
                assert fill == "#d6cfc7", (muscle_id, path.get("id"))


def test_a_head_alone_leaves_its_siblings_neutral(lib: Library) -> None:
    root = parse(render_muscle_map(["deltoid-lateral"], library=lib, id_prefix="mm"))
    marked = sorted(p.get("id") or "" for p in regions(root) if "primary" in classes(p))
    assert marked == ["mm-back-deltoid-lateral", "mm-front-deltoid-lateral"]
    group = next(g for g in root.iter(f"{SVG}g") if g.get("data-muscle") == "deltoid")
    assert "primary" not in classes(group)


def test_a_parent_marks_its_group_and_all_heads(lib: Library) -> None:
    root = parse(render_muscle_map(["quadriceps"], library=lib, id_prefix="mm"))
    marked = sorted(p.get("id") or "" for p in regions(root) if "primary" in classes(p))
    assert marked == [
        "mm-front-quadriceps-vastus-lateralis",
        "mm-front-quadriceps-vastus-medialis",
        "mm-front-rectus-femoris",
    ]
    groups = [g for g in root.iter(f"{SVG}g") if g.get("data-muscle") == "quadriceps"]
    assert groups and all("primary" in classes(g) for g in groups)


def test_rectus_femoris_alone_leaves_the_vasti_neutral(lib: Library) -> None:
    root = parse(render_muscle_map(["rectus-femoris"], library=lib, id_prefix="mm"))
    marked = sorted(p.get("id") or "" for p in regions(root) if "primary" in classes(p))
    assert marked == ["mm-front-rectus-femoris"]


def test_primary_wins_over_secondary(lib: Library) -> None:
    root = parse(render_muscle_map(["biceps-brachii"], ["biceps-long", "brachialis"], library=lib))
    by_muscle = {p.get("id"): classes(p) for p in regions(root)}
    long_head = [c for i, c in by_muscle.items() if i and i.endswith("-biceps-long")]
    assert long_head and all("primary" in c and "secondary" not in c for c in long_head)
    brachialis = [c for i, c in by_muscle.items() if i and i.endswith("-brachialis")]
    assert brachialis and all("secondary" in c for c in brachialis)


def test_a_muscle_the_map_does_not_draw_falls_back_to_its_parent(lib: Library) -> None:
    extra = lib.muscles["hamstrings"].model_copy(
        update={"id": "biceps-femoris", "name": "Biceps femoris", "parent": "hamstrings"}
    )
    bigger = Library(muscles=[*lib.muscles.values(), extra])
    svg = render_muscle_map(["biceps-femoris"], library=bigger)
    marked = {p.get("data-muscle") for p in regions(parse(svg)) if "primary" in classes(p)}
    assert marked == {"hamstrings"}
    orphan = extra.model_copy(update={"id": "fibularis-longus", "parent": None})
    svg = render_muscle_map(["fibularis-longus"], library=Library(muscles=[orphan]))
    assert not [p for p in regions(parse(svg)) if "primary" in classes(p)]
    assert "Not drawn on the map: Biceps femoris." in svg


# ---------------------------------------------------------------------------- accessibility


def test_text_alternative_names_the_muscles(lib: Library) -> None:
    svg = render_muscle_map(
        ["pectoralis-major"],
        ["triceps-brachii", "deltoid-anterior"],
        library=lib,
        title="Bench press <chest>",
        id_prefix="bench",
    )
    root = parse(svg)
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and desc is not None
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert title.text == "Bench press <chest>"
    assert "&lt;chest&gt;" in svg
    assert desc.text == (
        "Primary: Pectoralis major. Secondary: Triceps, Front delt (anterior deltoid)."
    )
    legend = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "legend")
    assert legend.get("aria-hidden") == "true"
    assert [t.text for t in legend.iter(f"{SVG}text")] == ["Primary", "Secondary"]


def test_no_highlight_says_so_and_legend_can_be_left_out(lib: Library) -> None:
    root = parse(render_muscle_map([], library=lib, legend=False))
    desc = root.find(f"{SVG}desc")
    assert desc is not None and desc.text == "No muscles highlighted."
    assert not [g for g in root.iter(f"{SVG}g") if g.get("class") == "legend"]


# ---------------------------------------------------------------------------- ids and errors


def test_maps_on_one_page_do_not_share_ids(lib: Library) -> None:
    a = parse(render_muscle_map(["latissimus-dorsi"], library=lib))
    b = parse(render_muscle_map(["rhomboids"], library=lib))
    ids_a = {e.get("id") for e in a.iter() if e.get("id")}
    ids_b = {e.get("id") for e in b.iter() if e.get("id")}
    assert ids_a and not ids_a & ids_b
    # the hatch is referenced through the map's own prefix
    c = render_muscle_map([], ["rhomboids"], library=lib, id_prefix="card-7")
    assert 'fill="url(#card-7-hatch)"' in c and 'id="card-7-hatch"' in c


def test_unknown_muscle_suggests_the_id(lib: Library) -> None:
    with pytest.raises(MmcError) as info:
        render_muscle_map(["latissimus-dorsii"], library=lib)
    assert info.value.field == "primary"
    assert "latissimus-dorsii" in info.value.message
    assert info.value.fix is not None and "'latissimus-dorsi'" in info.value.fix
    with pytest.raises(MmcError) as info:
        render_muscle_map(["rhomboids"], ["lats"], library=lib)
    assert info.value.field == "secondary"
    assert info.value.fix is not None and "did you mean 'latissimus-dorsi'" in info.value.fix


def test_bad_size_and_prefix_are_user_errors(lib: Library) -> None:
    with pytest.raises(MmcError, match="CSS length"):
        render_muscle_map([], library=lib, size="big")
    with pytest.raises(MmcError, match="id_prefix"):
        render_muscle_map([], library=lib, id_prefix="1 bad")


def test_size_sets_width_and_height_in_proportion(lib: Library) -> None:
    root = parse(render_muscle_map([], library=lib, size="45mm"))
    _, _, w, h = (float(v) for v in (root.get("viewBox") or "").split())
    assert root.get("width") == "45mm"
    assert float((root.get("height") or "").removesuffix("mm")) == pytest.approx(
        45 * h / w, abs=0.01
    )
    fluid = parse(render_muscle_map([], library=lib, size="100%"))
    assert fluid.get("width") == "100%" and fluid.get("height") is None
    assert parse(render_muscle_map([], library=lib)).get("width") is None


# ---------------------------------------------------------------------------- determinism


def test_output_is_deterministic_across_processes(lib: Library) -> None:
    args = (["gluteus-maximus", "hamstrings"], ["erector-spinae", "hip-adductors"])
    here = render_muscle_map(*args, library=lib)
    assert here == render_muscle_map(*args, library=lib)
    assert here != render_muscle_map(*reversed(args), library=lib)
    code = (
        "import sys; from mmc import load_library; "
        "from mmc.render.musclemap import render_muscle_map; "
        f"lib = load_library({str(Path(lib.source('muscle', 'hamstrings') or '').parent.parent)!r},"
        " bundled=False); "
        f"sys.stdout.write(render_muscle_map({args[0]!r}, {args[1]!r}, library=lib))"
    )
    for seed in ("1", "2"):
        other = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        ).stdout
        assert other == here


def test_default_library_is_the_bundled_content() -> None:
    svg = render_muscle_map(["deltoid-posterior"])
    assert "Rear delt (posterior deltoid)" in svg


def test_importing_the_map_imports_no_template_engine() -> None:
    code = (
        "import sys, mmc.render.musclemap; "
        "print(sorted({'jinja2', 'markupsafe'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_primary_prints_darker_than_secondary_and_neutral() -> None:
    def grey(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.299 * r + 0.587 * g + 0.114 * b

    from mmc.render import mapviews

    primary = grey(mapviews.PRIMARY)
    assert primary < 100
    assert grey(mapviews.SECONDARY_INK) - primary > 20  # the hatch lines
    assert grey(mapviews.MUSCLE) - primary > 100
    assert grey(mapviews.SKIN) > grey(mapviews.MUSCLE)


# ---------------------------------------------------------------------------- real renderers


def _red_pixels(png: Path) -> tuple[int, int]:
    """Pixels close to the primary colour in the left (front) and right (back) halves."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    width, height = image.size
    left = right = 0
    for y in range(0, height, 2):
        for x in range(0, width, 2):
            r, g, b = image.getpixel((x, y))  # type: ignore[misc]
            if abs(r - PRIMARY_RGB[0]) + abs(g - PRIMARY_RGB[1]) + abs(b - PRIMARY_RGB[2]) < 40:
                if x < width // 2:
                    left += 1
                else:
                    right += 1
    return left, right


@pytest.mark.browser
def test_chromium_draws_chest_on_the_front_and_lats_on_the_back(
    lib: Library, tmp_path: Path
) -> None:
    results = {}
    for name, primary in (("chest", ["pectoralis-major"]), ("lats", ["latissimus-dorsi"])):
        svg = render_muscle_map(primary, library=lib, size="600px", legend=False)
        page = tmp_path / f"{name}.html"
        page.write_text(
            f"<!doctype html><body style='margin:0;background:#fff'>{svg}</body>",
            encoding="utf-8",
        )
        png = tmp_path / f"{name}.png"
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--screenshot={png}",
                "--window-size=600,900",
                page.as_uri(),
            ],
            capture_output=True,
            check=True,
            timeout=120,
        )
        results[name] = _red_pixels(png)
    front, back = results["chest"]
    assert front > 500 and back == 0
    front, back = results["lats"]
    assert back > 500 and front == 0


@pytest.mark.pdf
def test_weasyprint_draws_the_map(lib: Library, tmp_path: Path) -> None:
    import weasyprint  # type: ignore[import-untyped]

    svg = render_muscle_map(["pectoralis-major"], ["triceps-brachii"], library=lib, size="45mm")
    html = f"<!doctype html><style>@page{{size:60mm 90mm;margin:5mm}}</style>{svg}"
    pdf = tmp_path / "map.pdf"
    weasyprint.HTML(string=html).write_pdf(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "300", "-singlefile", str(pdf), str(tmp_path / "map")],
        check=True,
        capture_output=True,
    )
    front, back = _red_pixels(tmp_path / "map.png")
    assert front > 200 and back == 0


# ---------------------------------------------------------------------------- the drawing


def _polyline(d: str) -> list[tuple[float, float]]:
    """A path of absolute M/L/C/Z commands flattened to points (12 steps per curve)."""
    points: list[tuple[float, float]] = []
    for command, args in re.findall(r"([MLCZ])([^MLCZ]*)", d):
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", args)]
        pairs = list(zip(numbers[0::2], numbers[1::2], strict=True))
        if command in "ML":
            points.extend(pairs)
        elif command == "C":
            for i in range(0, len(pairs), 3):
                (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[-1], *pairs[i : i + 3]
                for step in range(1, 13):
                    t = step / 12
                    a, b, c, e = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
                    points.append(
                        (a * x0 + b * x1 + c * x2 + e * x3, a * y0 + b * y1 + c * y2 + e * y3)
                    )
    return points


def _inside(point: tuple[float, float], polygon: list[tuple[float, float]]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_the_drawing_keeps_regions_inside_the_body() -> None:
    """Every region of the hand-drawn chart lies within the silhouette (to 0.6 units)."""
    from mmc.render.bodychart import closed_outline
    from mmc.render.bodychart import drawing as read_drawing

    drawing = read_drawing()
    body = [_polyline(closed_outline(drawing.outline))]
    assert len(body[0]) > 400
    assert {r.view for r in drawing.regions} == {"front", "back"}
    outside = set()
    for region in drawing.regions:
        for subpath in re.findall(r"M[^M]*", region.d):
            for x, y in _polyline(subpath):
                near = [(x + dx, y + dy) for dx in (-0.6, 0, 0.6) for dy in (-0.6, 0, 0.6)]
                if not any(_inside(p, piece) for p in near for piece in body) or x > 100.01:
                    outside.add((region.view, region.muscle or region.part, round(x), round(y)))
    assert not outside, sorted(outside)


def test_the_asset_separates_body_from_regions() -> None:
    """The outline group holds no muscle, and every region says what it is."""
    from importlib.resources import files

    root = ElementTree.fromstring(
        files("mmc.render").joinpath("assets/body.svg").read_text(encoding="utf-8")
    )
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    assert set(groups) == {"body", "front", "back"}
    assert not [p for p in groups["body"].iter(f"{SVG}path") if p.get("data-muscle")]
    for view in ("front", "back"):
        keys = []
        for path in groups[view].iter(f"{SVG}path"):
            assert path.get("data-muscle") or path.get("class") == "other", path.attrib
            keys.append((path.get("data-muscle"), path.get("data-part")))
        assert len(keys) == len(set(keys)), view


def test_the_svg_is_safe_markup_for_templates(lib: Library) -> None:
    from markupsafe import Markup, escape

    svg = render_muscle_map(["biceps-brachii"], library=lib)
    assert isinstance(svg, str)
    assert str(escape(svg)) == svg  # not escaped a second time
    assert str(Markup("<div>{}</div>").format(svg)) == f"<div>{svg}</div>"


def test_a_lone_id_is_one_muscle(lib: Library) -> None:
    assert render_muscle_map("rhomboids", "obliques", library=lib) == render_muscle_map(
        ["rhomboids"], ["obliques"], library=lib
    )


def test_each_muscle_shows_in_the_view_its_side_names(lib: Library) -> None:
    root = parse(render_muscle_map([], library=lib, id_prefix="mm"))
    in_view = {
        (view, p.get("data-muscle"))
        for view in ("front", "back")
        for g in root.iter(f"{SVG}g")
        if g.get("id") == f"mm-{view}"
        for p in regions(g)
    }
    for muscle in lib.muscles.values():
        assert any((muscle.side, m) in in_view for m in lib.family(muscle.id)), muscle.id


def test_a_flat_map_draws_the_same_regions_with_far_fewer_elements() -> None:
    import re as re_

    from mmc.render.musclemap import render_muscle_map

    tree = render_muscle_map(["latissimus-dorsi"], ["biceps-brachii"], id_prefix="t")
    flat = render_muscle_map(["latissimus-dorsi"], ["biceps-brachii"], id_prefix="t", flat=True)

    def paths(svg: str, role: str) -> set[str]:
        found = set()
        for tag in re_.findall(r"<path [^>]*>", svg):
            classes = re_.search(r'class="([^"]*)"', tag)
            if classes and role in classes.group(1).split():
                found.update(re_.findall(r'\sd="([^"]*)"', tag))
        return found

    for role in ("primary", "secondary"):
        tree_d = paths(tree, role)
        assert tree_d
        merged = " ".join(paths(flat, role))
        assert all(d in merged for d in tree_d), role
    assert flat.count("<path") * 5 < tree.count("<path")
    assert 'data-muscles="latissimus-dorsi"' in flat
