from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/muscle.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_muscle = resolve('muscle')
    l_0_muscle_map = resolve('muscle_map')
    l_0_family = resolve('family')
    l_0_markdown = resolve('markdown')
    l_0_compensations = resolve('compensations')
    l_0_heads = resolve('heads')
    l_0_parent = resolve('parent')
    l_0_primary = resolve('primary')
    l_0_secondary = resolve('secondary')
    l_0_drills = resolve('drills')
    l_0_exercise_list = l_0_muscle_chip = l_0_drill_tile = l_0_breadcrumbs = l_0_m = missing
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    included_template = environment.get_template('macros.html', 'parts/muscle.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'drill_tile': l_0_drill_tile, 'exercise_list': l_0_exercise_list, 'm': l_0_m, 'muscle_chip': l_0_muscle_chip})
    l_0_exercise_list = getattr(included_template, 'exercise_list', missing)
    if l_0_exercise_list is missing:
        l_0_exercise_list = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/muscle.html') does not export the requested name 'exercise_list'", name='exercise_list')
    l_0_muscle_chip = getattr(included_template, 'muscle_chip', missing)
    if l_0_muscle_chip is missing:
        l_0_muscle_chip = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/muscle.html') does not export the requested name 'muscle_chip'", name='muscle_chip')
    l_0_drill_tile = getattr(included_template, 'drill_tile', missing)
    if l_0_drill_tile is missing:
        l_0_drill_tile = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/muscle.html') does not export the requested name 'drill_tile'", name='drill_tile')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/muscle.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'exercise_list': l_0_exercise_list, 'muscle_chip': l_0_muscle_chip, 'drill_tile': l_0_drill_tile, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('exercise_list', 'muscle_chip', 'drill_tile', 'breadcrumbs'))
    l_0_m = (undefined(name='muscle') if l_0_muscle is missing else l_0_muscle)
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield '<article class="muscle" id="'
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'id'))
    yield '">\n  <header class="page-head">\n    <p class="eyebrow">'
    yield escape(t_1(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'group')))
    yield ' · '
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'side'))
    yield ' view of the body map</p>\n    <h1>'
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'name'))
    yield '</h1>\n    <p class="latin">'
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'latin'))
    yield '</p>\n  </header>\n  <div class="muscle-layout">\n    <figure class="map-figure">\n      '
    yield escape(context.call((undefined(name='muscle_map') if l_0_muscle_map is missing else l_0_muscle_map), (undefined(name='family') if l_0_family is missing else l_0_family), []))
    yield '\n    </figure>\n    <div class="prose-column">\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'description'):
        pass
        yield '<section class="prose">'
        yield escape(context.call((undefined(name='markdown') if l_0_markdown is missing else l_0_markdown), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'description')))
        yield '</section>'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'actions'):
        pass
        yield '      <section><h2>What it does</h2><ul class="plain-list">'
        for l_1_a in environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'actions'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_a)
            yield '</li>'
        l_1_a = missing
        yield '</ul></section>\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'flex'):
        pass
        yield '<section class="how how-flex"><h2>Flex it without weight</h2>'
        yield escape(context.call((undefined(name='markdown') if l_0_markdown is missing else l_0_markdown), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'flex')))
        yield '</section>'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'touch'):
        pass
        yield '<section class="how how-touch"><h2>Feel it with your hand</h2>'
        yield escape(context.call((undefined(name='markdown') if l_0_markdown is missing else l_0_markdown), environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'touch')))
        yield '</section>'
    if (undefined(name='compensations') if l_0_compensations is missing else l_0_compensations):
        pass
        yield '      <section><h2>Watch for these taking over</h2><p>'
        for l_1_c in (undefined(name='compensations') if l_0_compensations is missing else l_0_compensations):
            _loop_vars = {}
            pass
            yield escape(context.call((undefined(name='muscle_chip') if l_0_muscle_chip is missing else l_0_muscle_chip), l_1_c, 'secondary', _loop_vars=_loop_vars))
            yield ' '
        l_1_c = missing
        yield '</p></section>\n'
    if ((undefined(name='heads') if l_0_heads is missing else l_0_heads) or (undefined(name='parent') if l_0_parent is missing else l_0_parent)):
        pass
        yield '      <section><h2>'
        yield escape(('Heads' if (undefined(name='heads') if l_0_heads is missing else l_0_heads) else 'Part of'))
        yield '</h2><p>'
        for l_1_h in (undefined(name='heads') if l_0_heads is missing else l_0_heads):
            _loop_vars = {}
            pass
            yield escape(context.call((undefined(name='muscle_chip') if l_0_muscle_chip is missing else l_0_muscle_chip), l_1_h, _loop_vars=_loop_vars))
            yield ' '
        l_1_h = missing
        if (undefined(name='parent') if l_0_parent is missing else l_0_parent):
            pass
            yield escape(context.call((undefined(name='muscle_chip') if l_0_muscle_chip is missing else l_0_muscle_chip), (undefined(name='parent') if l_0_parent is missing else l_0_parent)))
        yield '</p></section>\n'
    if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'aliases'):
        pass
        yield '<p class="small aliases">Also called: '
        yield escape(t_2(context.eval_ctx, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'aliases'), ', '))
        yield '.</p>'
    if ((environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'uberon') or environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'fma')) or environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'ta2')):
        pass
        yield '<p class="small ids">'
        if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'uberon'):
            pass
            yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'uberon'))
            yield ' '
        if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'fma'):
            pass
            yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'fma'))
            yield ' '
        if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'ta2'):
            pass
            yield 'TA2 '
            yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'ta2'))
        yield '</p>'
    yield '    </div>\n  </div>\n  <section class="block" aria-labelledby="primary-heading">\n    <h2 id="primary-heading">Exercises that target it <span class="count-badge">'
    yield escape(t_3((undefined(name='primary') if l_0_primary is missing else l_0_primary)))
    yield '</span></h2>\n    '
    yield escape(context.call((undefined(name='exercise_list') if l_0_exercise_list is missing else l_0_exercise_list), (undefined(name='primary') if l_0_primary is missing else l_0_primary), 'No exercise targets it yet.'))
    yield '\n  </section>\n'
    if (undefined(name='secondary') if l_0_secondary is missing else l_0_secondary):
        pass
        yield '  <section class="block" aria-labelledby="secondary-heading">\n    <h2 id="secondary-heading">Exercises where it helps <span class="count-badge">'
        yield escape(t_3((undefined(name='secondary') if l_0_secondary is missing else l_0_secondary)))
        yield '</span></h2>\n    '
        yield escape(context.call((undefined(name='exercise_list') if l_0_exercise_list is missing else l_0_exercise_list), (undefined(name='secondary') if l_0_secondary is missing else l_0_secondary)))
        yield '\n  </section>\n'
    if (undefined(name='drills') if l_0_drills is missing else l_0_drills):
        pass
        yield '  <section class="block" aria-labelledby="drills-heading">\n    <h2 id="drills-heading">Drills</h2>\n    <ul class="tiles">'
        for l_1_d in (undefined(name='drills') if l_0_drills is missing else l_0_drills):
            _loop_vars = {}
            pass
            yield escape(context.call((undefined(name='drill_tile') if l_0_drill_tile is missing else l_0_drill_tile), l_1_d, _loop_vars=_loop_vars))
        l_1_d = missing
        yield '</ul>\n  </section>\n'
    yield '</article>'

blocks = {}
debug_info = '1=40&2=55&3=59&5=61&6=65&7=67&11=69&14=71&15=76&16=79&18=87&19=92&20=97&21=100&23=107&24=110&26=122&27=127&31=144&32=146&34=148&36=151&37=153&40=155&43=158'

# Compiled from mmc.site's templates/parts/muscle.html by python scripts/compile_templates.py; do not edit.
