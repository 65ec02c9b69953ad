from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/drill.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_drill = resolve('drill')
    l_0_targets = resolve('targets')
    l_0_muscle_map = resolve('muscle_map')
    l_0_markdown = resolve('markdown')
    l_0_muscle_chip = l_0_breadcrumbs = l_0_d = missing
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_3 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    pass
    included_template = environment.get_template('macros.html', 'parts/drill.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'd': l_0_d, 'muscle_chip': l_0_muscle_chip})
    l_0_muscle_chip = getattr(included_template, 'muscle_chip', missing)
    if l_0_muscle_chip is missing:
        l_0_muscle_chip = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/drill.html') does not export the requested name 'muscle_chip'", name='muscle_chip')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/drill.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'muscle_chip': l_0_muscle_chip, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('muscle_chip', 'breadcrumbs'))
    l_0_d = (undefined(name='drill') if l_0_drill is missing else l_0_drill)
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    yield '<article class="drill" id="'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'id'))
    yield '">\n  <header class="page-head">\n    <p class="eyebrow">'
    yield escape(t_1(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'kind')))
    yield ' drill · '
    yield escape(t_2(context.eval_ctx, t_3(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'minutes'), 1), '.0', ''))
    yield ' min</p>\n    <h1>'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'name'))
    yield '</h1>\n    <p>'
    for l_1_t in (undefined(name='targets') if l_0_targets is missing else l_0_targets):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='muscle_chip') if l_0_muscle_chip is missing else l_0_muscle_chip), l_1_t, 'primary', _loop_vars=_loop_vars))
        yield ' '
    l_1_t = missing
    yield '</p>\n  </header>\n  <div class="muscle-layout">\n    <figure class="map-figure">'
    yield escape(context.call((undefined(name='muscle_map') if l_0_muscle_map is missing else l_0_muscle_map), environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'targets'), []))
    yield '</figure>\n    <div class="prose-column">\n'
    if environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'description'):
        pass
        yield '<section class="prose">'
        yield escape(context.call((undefined(name='markdown') if l_0_markdown is missing else l_0_markdown), environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'description')))
        yield '</section>'
    yield '      <section>\n        <h2>Steps</h2>\n        <ol class="steps">'
    for l_1_s in environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'steps'):
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(l_1_s)
        yield '</li>'
    l_1_s = missing
    yield '</ol>\n      </section>\n    </div>\n  </div>\n</article>'

blocks = {}
debug_info = '1=34&2=43&3=47&5=49&6=53&7=55&10=62&12=64&15=70'

# Compiled from mmc.site's templates/parts/drill.html by python scripts/compile_templates.py; do not edit.
