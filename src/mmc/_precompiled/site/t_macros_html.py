from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'macros.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_exercise_tile = l_0_exercise_list = l_0_muscle_chip = l_0_drill_tile = l_0_breadcrumbs = missing
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
        t_3 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_6 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_7 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_8 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_e):
        t_9 = []
        l_1_url = resolve('url')
        if l_1_e is missing:
            l_1_e = undefined("parameter 'e' was not provided", name='e')
        pass
        t_9.extend((
            '<li class="tile exercise-tile" data-muscles="',
            escape(t_2(context.eval_ctx, environment.getitem(l_1_e, 'muscle_tags'), ' ')),
            '" data-primary="',
            escape(t_2(context.eval_ctx, environment.getitem(l_1_e, 'primary_ids'), ' ')),
            '" data-groups="',
            escape(t_2(context.eval_ctx, environment.getitem(l_1_e, 'groups'), ' ')),
            '" data-equipment="',
            escape(t_2(context.eval_ctx, environment.getitem(l_1_e, 'equipment'), ' ')),
            '" data-pattern="',
            escape(environment.getitem(l_1_e, 'pattern')),
            '" data-name="',
            escape(t_5(environment.getitem(l_1_e, 'name'))),
            '">\n  <a class="tile-link" href="',
            escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('exercises/', environment.getitem(l_1_e, 'id'), '/', )))),
            '">\n    <span class="tile-title">',
            escape(environment.getitem(l_1_e, 'name')),
            '</span>\n    <span class="tile-sub">',
            escape(t_2(context.eval_ctx, environment.getitem(l_1_e, 'primary'), ', ')),
            '</span>\n  </a>\n',
        ))
        if environment.getitem(l_1_e, 'cue'):
            pass
            t_9.extend((
                '<p class="tile-cue">“',
                escape(environment.getitem(l_1_e, 'cue')),
                '”</p>',
            ))
        t_9.append(
            '  <p class="tile-meta">\n',
        )
        for l_2_item in environment.getitem(l_1_e, 'equipment'):
            _loop_vars = {}
            pass
            t_9.extend((
                '<span class="chip">',
                escape(t_3(l_2_item)),
                '</span>',
            ))
        l_2_item = missing
        t_9.extend((
            '    <span class="chip chip-quiet">',
            escape(t_3(environment.getitem(l_1_e, 'pattern'))),
            '</span>\n',
        ))
        if (environment.getitem(l_1_e, 'measure') == 'seconds'):
            pass
            t_9.append(
                '<span class="chip chip-tempo" title="A hold: each set is timed in seconds">hold</span>\n',
            )
        elif (environment.getitem(l_1_e, 'measure') == 'metres'):
            pass
            t_9.append(
                '<span class="chip chip-tempo" title="A carry: each set is a distance in metres">carry</span>\n',
            )
        else:
            pass
            t_9.extend((
                '<span class="chip chip-tempo" title="Tempo: eccentric, pause, concentric, pause (seconds)">',
                escape(environment.getitem(l_1_e, 'tempo')),
                '</span>',
            ))
        t_9.append(
            '  </p>\n</li>\n',
        )
        return concat(t_9)
    context.exported_vars.add('exercise_tile')
    context.vars['exercise_tile'] = l_0_exercise_tile = Macro(environment, macro, 'exercise_tile', ('e',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_items, l_1_empty):
        t_10 = []
        l_1_cached_tiles = resolve('cached_tiles')
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_empty is missing:
            l_1_empty = 'No exercises yet.'
        pass
        if l_1_items:
            pass
            t_10.extend((
                '<ul class="tiles" data-exercise-list>\n',
                escape(context.call((undefined(name='cached_tiles') if l_1_cached_tiles is missing else l_1_cached_tiles), (undefined(name='exercise_tile') if l_0_exercise_tile is missing else l_0_exercise_tile), l_1_items)),
                '</ul>\n',
            ))
        else:
            pass
            t_10.extend((
                '<p class="empty">',
                escape(l_1_empty),
                '</p>\n',
            ))
        return concat(t_10)
    context.exported_vars.add('exercise_list')
    context.vars['exercise_list'] = l_0_exercise_list = Macro(environment, macro, 'exercise_list', ('items', 'empty'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_m, l_1_role):
        t_11 = []
        l_1_url = resolve('url')
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_role is missing:
            l_1_role = ''
        pass
        t_11.append(
            '<a class="chip chip-muscle',
        )
        if l_1_role:
            pass
            t_11.extend((
                ' chip-',
                escape(l_1_role),
            ))
        t_11.extend((
            '" href="',
            escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('muscles/', environment.getitem(l_1_m, 'id'), '/', )))),
            '">',
            escape(environment.getitem(l_1_m, 'name')),
            '</a>',
        ))
        return concat(t_11)
    context.exported_vars.add('muscle_chip')
    context.vars['muscle_chip'] = l_0_muscle_chip = Macro(environment, macro, 'muscle_chip', ('m', 'role'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_d):
        t_12 = []
        l_1_url = resolve('url')
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        t_12.extend((
            '<li class="tile drill-tile">\n  <a class="tile-link" href="',
            escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('drills/', environment.getattr(l_1_d, 'id'), '/', )))),
            '">\n    <span class="tile-title">',
            escape(environment.getattr(l_1_d, 'name')),
            '</span>\n    <span class="tile-sub">',
            escape(t_1(environment.getattr(l_1_d, 'kind'))),
            ' · ',
            escape(t_6(context.eval_ctx, t_7(environment.getattr(l_1_d, 'minutes'), 1), '.0', '')),
            ' min</span>\n  </a>\n  <p class="tile-meta">',
        ))
        for l_2_t in environment.getattr(l_1_d, 'targets')[:4]:
            _loop_vars = {}
            pass
            t_12.extend((
                '<span class="chip chip-quiet">',
                escape(l_2_t),
                '</span>',
            ))
        l_2_t = missing
        if (t_4(environment.getattr(l_1_d, 'targets')) > 4):
            pass
            t_12.extend((
                '<span class="chip chip-quiet">+',
                escape((t_4(environment.getattr(l_1_d, 'targets')) - 4)),
                ' more</span>',
            ))
        t_12.append(
            '</p>\n</li>\n',
        )
        return concat(t_12)
    context.exported_vars.add('drill_tile')
    context.vars['drill_tile'] = l_0_drill_tile = Macro(environment, macro, 'drill_tile', ('d',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_items):
        t_13 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        t_13.append(
            '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>\n',
        )
        for (l_2_target, l_2_label) in l_1_items:
            l_2_url = resolve('url')
            _loop_vars = {}
            pass
            t_13.append(
                '<li>',
            )
            if (not t_8(l_2_target)):
                pass
                t_13.extend((
                    '<a href="',
                    escape(context.call((undefined(name='url') if l_2_url is missing else l_2_url), l_2_target, _loop_vars=_loop_vars)),
                    '">',
                    escape(l_2_label),
                    '</a>',
                ))
            else:
                pass
                t_13.extend((
                    '<span aria-current="page">',
                    escape(l_2_label),
                    '</span>',
                ))
            t_13.append(
                '</li>',
            )
        l_2_target = l_2_label = l_2_url = missing
        t_13.append(
            '</ol></nav>\n',
        )
        return concat(t_13)
    context.exported_vars.add('breadcrumbs')
    context.vars['breadcrumbs'] = l_0_breadcrumbs = Macro(environment, macro, 'breadcrumbs', ('items',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '1=60&2=68&3=80&4=82&5=84&7=87&9=97&10=108&11=111&12=116&13=125&18=135&19=143&21=147&24=154&28=161&30=189&32=197&33=199&34=201&36=206&40=229&42=237'

# Compiled from mmc.site's templates/macros.html by python scripts/compile_templates.py; do not edit.
