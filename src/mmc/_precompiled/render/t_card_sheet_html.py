from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'card-sheet.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_page_size = resolve('page_size')
    l_0_css = resolve('css')
    l_0_grid = resolve('grid')
    l_0_size = resolve('size')
    l_0_pages = resolve('pages')
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</title>\n<meta name="generator" content="mmc">\n<style>\n@page { size: '
    yield escape((undefined(name='page_size') if l_0_page_size is missing else l_0_page_size))
    yield ' portrait; margin: 0; }\n'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '\n</style>\n</head>\n<body class="mmc-cardsheet" data-paper="'
    yield escape(environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'paper'))
    yield '" data-size="'
    yield escape(environment.getattr((undefined(name='size') if l_0_size is missing else l_0_size), 'name'))
    yield '" data-cols="'
    yield escape(environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'cols'))
    yield '" data-rows="'
    yield escape(environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'rows'))
    yield '">\n'
    yield escape((undefined(name='pages') if l_0_pages is missing else l_0_pages))
    yield '</body>\n</html>'

blocks = {}
debug_info = '5=18&8=20&9=22&12=24&13=32'

# Compiled from mmc.render's templates/card-sheet.html by python scripts/compile_templates.py; do not edit.
