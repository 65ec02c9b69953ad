from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'card-sheet-pages.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pages = resolve('pages')
    pass
    for l_1_page in (undefined(name='pages') if l_0_pages is missing else l_0_pages):
        l_1_grid = resolve('grid')
        l_1_marks = resolve('marks')
        _loop_vars = {}
        pass
        yield '<div class="mmc-page mmc-page--'
        yield escape(environment.getitem(l_1_page, 'side'))
        yield '" data-side="'
        yield escape(environment.getitem(l_1_page, 'side'))
        yield '" data-page="'
        yield escape(environment.getitem(l_1_page, 'number'))
        yield '" style="width: '
        yield escape(environment.getattr((undefined(name='grid') if l_1_grid is missing else l_1_grid), 'page_w'))
        yield 'mm; height: '
        yield escape(environment.getattr((undefined(name='grid') if l_1_grid is missing else l_1_grid), 'page_h'))
        yield 'mm">\n'
        for l_2_slot in environment.getitem(l_1_page, 'slots'):
            _loop_vars = {}
            pass
            yield '<div class="mmc-slot" data-card="'
            yield escape(environment.getitem(l_2_slot, 'index'))
            yield '" style="left: '
            yield escape(environment.getitem(l_2_slot, 'x'))
            yield 'mm; top: '
            yield escape(environment.getitem(l_2_slot, 'y'))
            yield 'mm; --order: '
            yield escape(environment.getitem(l_2_slot, 'order'))
            yield '">'
            yield escape(environment.getitem(l_2_slot, 'html'))
            yield '</div>\n'
        l_2_slot = missing
        yield escape((undefined(name='marks') if l_1_marks is missing else l_1_marks))
        yield '\n</div>\n'
    l_1_page = l_1_grid = l_1_marks = missing

blocks = {}
debug_info = '1=12&2=18&3=28&4=32&6=43'

# Compiled from mmc.render's templates/card-sheet-pages.html by python scripts/compile_templates.py; do not edit.
