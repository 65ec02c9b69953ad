"""mmc's own templates, compiled to Python by python scripts/compile_templates.py; do not edit.

See :mod:`mmc.render.templates`: a module here is used only for the very template source,
Jinja version and environment settings it was made from.
"""
