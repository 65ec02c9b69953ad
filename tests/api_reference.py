"""Write docs/api.md from the docstrings of everything in ``mmc.__all__``.

    python -m tests.api_reference > docs/api.md
"""

# ruff: noqa
import inspect, re, sys, typing
import mmc
from pydantic import BaseModel

def first_para(doc):
    if not doc: return ""
    doc = inspect.cleandoc(doc)
    out=[]
    for block in doc.split("\n\n"):
        if block.lstrip().startswith(">>>"): break
        out.append(block)
        if len(out)==2: break
    return "\n\n".join(out)

def clean_sig(obj):
    try:
        s = str(inspect.signature(obj))
    except (TypeError, ValueError):
        return "()"
    s = re.sub(r"mmc\.[a-z_.]+\.([A-Z])", r"\1", s)
    s = s.replace("typing.", "").replace("collections.abc.", "").replace("'", "")
    return s

def main() -> None:
    groups = {
     "Loading and checking content": ["load_library","check_content","CheckResult","bundled_content_dir","json_schema","library_schema","Library"],
     "The model": ["Muscle","Exercise","Cue","Tempo","Prescription","RepRange","Load","Drill","Page","Provenance"],
     "Planning": ["plan_session","plan_week","progress","weekly_volume","estimate_1rm","rir_to_rpe","rpe_to_rir","load_for","Session","SessionItem","SessionDrill","SetLog","RuleNote","Goal","Week","WeekFlag","MuscleVolume","Progression"],
     "Packs, importing and exporting": ["Pack","installed_packs","pack_template_dirs","import_dataset","import_mapped","infer_pattern","infer_equipment","infer_mechanic","ImportReport","export_json","export_library"],
     "Rendering": ["render_card","render_card_sheet","render_sheet","render_muscle_map","render_tempo_strip","render_markdown","html_to_pdf","card_css","Card","CardSize","load_session"],
     "Errors": ["MmcError","ContentErrors","InvalidValueError","Problem","TempoError"],
    }
    names = [n for n in mmc.__all__ if n != "__version__"]
    placed = {n for g in groups.values() for n in g}
    extra = [n for n in names if n not in placed]
    if extra: groups["Other"] = extra

    out = ["# API reference", "",
     "Everything below is importable from `mmc` itself (`import mmc; mmc.load_library()`).",
     "Rendering functions load Jinja2, markdown-it-py and WeasyPrint only when first called, so",
     "`import mmc` stays cheap. `mmc.__version__` is the installed version.", ""]
    import mmc.render as R
    for title, members in groups.items():
        rows=[]
        for n in members:
            obj = getattr(mmc, n, None)
            if obj is None:
                try:
                    obj = getattr(R, n, None) if n in getattr(R, "__all__", []) else None
                except ImportError:
                    obj = None
            if obj is None: continue
            kind = "class" if inspect.isclass(obj) else "type" if typing.get_origin(obj) is typing.Literal else "function" if callable(obj) else "type"
            rows.append((n,obj,kind))
        if not rows: continue
        out += [f"## {title}", ""]
        for n,obj,kind in rows:
            out.append(f"### `{n}`")
            out.append("")
            if kind=="function":
                out += ["```python", f"mmc.{n}{clean_sig(obj)}" if hasattr(mmc,n) else f"mmc.render.{n}{clean_sig(obj)}", "```", ""]
            elif kind=="class" and not issubclass(obj, BaseModel):
                out += ["```python", f"class {n}{clean_sig(obj)}" , "```", ""]
            elif kind == "type":
                out += ["```python", f"{n} = Literal[{', '.join(repr(a) for a in typing.get_args(obj))}]", "```", ""]
            doc = first_para(getattr(obj,"__doc__",None)) if kind!="type" else ""
            if doc:
                doc = re.sub(r":(?:func|class|mod|data|attr|meth):`~?([^`]+)`", r"`\1`", doc)
                doc = doc.replace("``", "`")
                out += [doc, ""]
            if kind=="class" and issubclass(obj, BaseModel):
                fields = obj.model_fields
                if fields:
                    out += ["| field | type | description |", "|---|---|---|"]
                    for fname, f in fields.items():
                        ann = str(f.annotation).replace("typing.","")
                        ann = re.sub(r"<class '([^']+)'>", r"\1", ann)
                        ann = re.sub(r"mmc\.[a-z_.]+\.", "", ann).replace("|", "\\|")
                        if len(ann) > 60: ann = ann[:57]+"..."
                        desc = (f.description or "").replace("|","\\|").replace("\n"," ")
                        out.append(f"| `{fname}` | `{ann}` | {desc} |")
                    out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
