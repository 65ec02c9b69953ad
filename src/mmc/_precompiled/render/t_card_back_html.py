from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'card-back.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_size = resolve('size')
    l_0_ex = resolve('ex')
    l_0_back_title = resolve('back_title')
    l_0_columns = resolve('columns')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<section class="mmc-card mmc-card--'
    yield escape(environment.getattr((undefined(name='size') if l_0_size is missing else l_0_size), 'name'))
    yield ' mmc-card--'
    yield escape(environment.getattr((undefined(name='size') if l_0_size is missing else l_0_size), 'layout'))
    yield ' mmc-card--back" data-exercise="'
    yield escape(environment.getattr((undefined(name='ex') if l_0_ex is missing else l_0_ex), 'id'))
    yield '" data-side="back" aria-label="'
    yield escape(environment.getattr((undefined(name='ex') if l_0_ex is missing else l_0_ex), 'name'))
    yield ': cue card, back">\n<header class="mmc-card__head">\n<h2 class="mmc-card__name">'
    yield escape((undefined(name='back_title') if l_0_back_title is missing else l_0_back_title))
    yield '</h2>\n</header>\n<div class="mmc-card__columns mmc-card__columns--'
    yield escape(t_1((undefined(name='columns') if l_0_columns is missing else l_0_columns)))
    yield '">\n'
    for l_1_column in (undefined(name='columns') if l_0_columns is missing else l_0_columns):
        _loop_vars = {}
        pass
        yield '<div class="mmc-card__column">\n'
        for (l_2_key, l_2_heading, l_2_html) in l_1_column:
            _loop_vars = {}
            pass
            yield '<section class="mmc-card__section mmc-card__section--'
            yield escape(l_2_key)
            yield '">\n<h3>'
            yield escape(l_2_heading)
            yield '</h3>\n'
            yield escape(l_2_html)
            yield '\n</section>\n'
        l_2_key = l_2_heading = l_2_html = missing
        yield '</div>\n'
    l_1_column = missing
    yield '</div>\n</section>'

blocks = {}
debug_info = '1=22&3=30&5=32&6=34&8=38&9=42&10=44&11=46'

# Compiled from mmc.render's templates/card-back.html by python scripts/compile_templates.py; do not edit.
