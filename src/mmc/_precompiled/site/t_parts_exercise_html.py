from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/exercise.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_exercise = resolve('exercise')
    l_0_standalone = resolve('standalone')
    l_0_url = resolve('url')
    l_0_card = resolve('card')
    l_0_card_size = resolve('card_size')
    l_0_group = resolve('group')
    l_0_group_sheet = resolve('group_sheet')
    l_0_markdown = resolve('markdown')
    l_0_pacer = resolve('pacer')
    l_0_related = resolve('related')
    l_0_exercise_list = l_0_muscle_chip = l_0_breadcrumbs = l_0_e = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_4 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    pass
    included_template = environment.get_template('macros.html', 'parts/exercise.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'e': l_0_e, 'exercise_list': l_0_exercise_list, 'muscle_chip': l_0_muscle_chip})
    l_0_exercise_list = getattr(included_template, 'exercise_list', missing)
    if l_0_exercise_list is missing:
        l_0_exercise_list = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/exercise.html') does not export the requested name 'exercise_list'", name='exercise_list')
    l_0_muscle_chip = getattr(included_template, 'muscle_chip', missing)
    if l_0_muscle_chip is missing:
        l_0_muscle_chip = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/exercise.html') does not export the requested name 'muscle_chip'", name='muscle_chip')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/exercise.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'exercise_list': l_0_exercise_list, 'muscle_chip': l_0_muscle_chip, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('exercise_list', 'muscle_chip', 'breadcrumbs'))
    l_0_e = (undefined(name='exercise') if l_0_exercise is missing else l_0_exercise)
    context.vars['e'] = l_0_e
    context.exported_vars.add('e')
    yield '<article class="exercise" id="'
    yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'id'))
    yield '">\n  <header class="page-head exercise-head">\n    <h1>'
    yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))
    yield '</h1>\n    <dl class="facts">\n      <div class="fact-target"><dt>Target</dt><dd>'
    for l_1_m in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'primary'):
        l_1_muscles = resolve('muscles')
        l_1_cached_part = resolve('cached_part')
        _loop_vars = {}
        pass
        if (l_1_m in (undefined(name='muscles') if l_1_muscles is missing else l_1_muscles)):
            pass
            yield escape(context.call((undefined(name='cached_part') if l_1_cached_part is missing else l_1_cached_part), (undefined(name='muscle_chip') if l_0_muscle_chip is missing else l_0_muscle_chip), environment.getitem((undefined(name='muscles') if l_1_muscles is missing else l_1_muscles), l_1_m), 'primary', _loop_vars=_loop_vars))
        else:
            pass
            yield escape(l_1_m)
        yield ' '
    l_1_m = l_1_muscles = l_1_cached_part = missing
    yield '</dd></div>\n'
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'secondary'):
        pass
        yield '<div class="fact-more"><dt>Helpers</dt><dd>'
        for l_1_m in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'secondary'):
            l_1_muscles = resolve('muscles')
            l_1_cached_part = resolve('cached_part')
            _loop_vars = {}
            pass
            if (l_1_m in (undefined(name='muscles') if l_1_muscles is missing else l_1_muscles)):
                pass
                yield escape(context.call((undefined(name='cached_part') if l_1_cached_part is missing else l_1_cached_part), (undefined(name='muscle_chip') if l_0_muscle_chip is missing else l_0_muscle_chip), environment.getitem((undefined(name='muscles') if l_1_muscles is missing else l_1_muscles), l_1_m), 'secondary', _loop_vars=_loop_vars))
            else:
                pass
                yield escape(l_1_m)
            yield ' '
        l_1_m = l_1_muscles = l_1_cached_part = missing
        yield '</dd></div>'
    yield '      <div class="fact-more"><dt>Equipment</dt><dd>'
    for l_1_item in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'equipment'):
        _loop_vars = {}
        pass
        if (undefined(name='standalone') if l_0_standalone is missing else l_0_standalone):
            pass
            yield '<a class="chip" href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('equipment/', l_1_item, '/', )), _loop_vars=_loop_vars))
            yield '">'
            yield escape(t_2(l_1_item))
            yield '</a>'
        else:
            pass
            yield '<span class="chip">'
            yield escape(t_2(l_1_item))
            yield '</span>'
        yield ' '
    l_1_item = missing
    yield '</dd></div>\n      <div class="fact-more"><dt>Movement</dt><dd>'
    if (undefined(name='standalone') if l_0_standalone is missing else l_0_standalone):
        pass
        yield '<a class="chip" href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('patterns/', environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'pattern'), '/', ))))
        yield '">'
        yield escape(t_2(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'pattern')))
        yield '</a>'
    else:
        pass
        yield '<span class="chip">'
        yield escape(t_2(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'pattern')))
        yield '</span>'
    yield ' <span class="chip chip-quiet">'
    yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'mechanic'))
    yield '</span> <span class="chip chip-quiet">'
    yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'level'))
    yield '</span></dd></div>\n    </dl>\n  </header>\n\n  <div class="exercise-layout">\n    <div class="card-column">\n      <figure class="card-figure">\n        '
    yield escape(context.call((undefined(name='card') if l_0_card is missing else l_0_card), (undefined(name='e') if l_0_e is missing else l_0_e), None, (undefined(name='card_size') if l_0_card_size is missing else l_0_card_size), 'fold'))
    yield '\n        <figcaption class="no-print">The cue card to print.'
    if ((undefined(name='standalone') if l_0_standalone is missing else l_0_standalone) and (undefined(name='group') if l_0_group is missing else l_0_group)):
        pass
        yield ' <a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), ((undefined(name='group_sheet') if l_0_group_sheet is missing else l_0_group_sheet) or markup_join(('print/groups/', (undefined(name='group') if l_0_group is missing else l_0_group), '/', )))))
        yield '#card-'
        yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'id'))
        yield '">Print the '
        yield escape((undefined(name='group') if l_0_group is missing else l_0_group))
        yield ' card sheet</a>.'
    yield '</figcaption>\n      </figure>\n    </div>\n\n    <div class="prose-column">\n      <section class="tempo-box" aria-labelledby="tempo-heading">\n        <h2 id="tempo-heading">Tempo <span class="tempo-code">'
    yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'tempo'))
    yield '</span></h2>\n        <ol class="tempo-phases">\n'
    for (l_1_name, l_1_value) in environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'tempo'), 'phases'):
        _loop_vars = {}
        pass
        yield '          <li class="phase phase-'
        yield escape(l_1_name)
        yield '"><span class="phase-name">'
        yield escape((environment.getitem({'eccentric': 'Lower', 'pause_after_eccentric': 'Pause', 'concentric': 'Lift', 'pause_after_concentric': 'Hold'}, l_1_name) if (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'starts_with') == 'eccentric') else environment.getitem({'eccentric': 'Return', 'pause_after_eccentric': 'Pause', 'concentric': 'Pull / lift', 'pause_after_concentric': 'Squeeze'}, l_1_name)))
        yield '</span> <span class="phase-value">'
        yield escape(('explosive' if (l_1_value == 'X') else markup_join((l_1_value, ' s', ))))
        yield '</span></li>\n'
    l_1_name = l_1_value = missing
    yield '        </ol>\n        <p class="small">One rep takes about '
    yield escape(t_3(context.eval_ctx, t_4(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'tempo'), 'rep_seconds'), 1), '.0', ''))
    yield ' s. The four numbers are seconds of lowering, pause, lifting and pause; a rep of this lift starts with the '
    yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'starts_with'))
    yield ' phase.</p>\n'
    if (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'measure') == 'seconds'):
        pass
        yield '<p class="side-note"><strong>A hold:</strong> each set is timed in seconds; the tempo is moving into and out of the position.</p>'
    elif (environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'measure') == 'metres'):
        pass
        yield '<p class="side-note"><strong>A carry:</strong> each set is a distance in metres; the tempo is picking the load up and setting it down.</p>'
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'per_side'):
        pass
        yield '<p class="side-note"><strong>Each side:</strong> do every set on one side, then the other.</p>'
    yield '      </section>\n'
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'safety'):
        pass
        yield '      <section class="safety-box" aria-labelledby="safety-heading">\n        <h2 id="safety-heading">Safety</h2>\n        <ul>'
        for l_1_note in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'safety'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_note)
            yield '</li>'
        l_1_note = missing
        yield '</ul>\n      </section>\n'
    yield '\n'
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'notes'):
        pass
        yield '<section class="prose">'
        yield escape(context.call((undefined(name='markdown') if l_0_markdown is missing else l_0_markdown), environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'notes')))
        yield '</section>'
    yield '\n'
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'cues'):
        pass
        yield '      <section aria-labelledby="cues-heading">\n        <h2 id="cues-heading">Cues</h2>\n        <ul class="cue-list">\n'
        for l_1_c in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'cues'):
            l_1_muscles = resolve('muscles')
            _loop_vars = {}
            pass
            yield '          <li class="cue cue-'
            yield escape(environment.getattr(l_1_c, 'focus'))
            yield '">\n            <span class="cue-phase">'
            yield escape(environment.getattr(l_1_c, 'phase'))
            yield '</span>\n            <span class="cue-text">'
            yield escape(environment.getattr(l_1_c, 'text'))
            yield '</span>\n            <span class="cue-focus" title="'
            yield escape(environment.getitem({'muscle': 'Attention on the target muscle', 'body': 'Attention on a body position: technique and safety', 'environment': 'Attention on the load or the floor'}, environment.getattr(l_1_c, 'focus')))
            yield '">'
            yield escape(environment.getitem({'muscle': 'muscle focus', 'body': 'technique', 'environment': 'load focus'}, environment.getattr(l_1_c, 'focus')))
            if (environment.getattr(l_1_c, 'muscle') and (environment.getattr(l_1_c, 'muscle') in (undefined(name='muscles') if l_1_muscles is missing else l_1_muscles))):
                pass
                yield ' · '
                yield escape(environment.getattr(environment.getitem((undefined(name='muscles') if l_1_muscles is missing else l_1_muscles), environment.getattr(l_1_c, 'muscle')), 'name'))
            yield '</span>\n          </li>\n'
        l_1_c = l_1_muscles = missing
        yield '        </ul>\n      </section>\n'
    yield '\n      '
    yield escape(context.call((undefined(name='pacer') if l_0_pacer is missing else l_0_pacer), (undefined(name='e') if l_0_e is missing else l_0_e)))
    yield '\n\n'
    if (not environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'cues')):
        pass
        yield '      <section class="feel-first" aria-labelledby="feel-heading">\n        <h2 id="feel-heading">Feel the target first</h2>\n        <p class="small">'
        if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'imported'):
            pass
            yield 'This exercise comes from an open dataset and has no mind-muscle cues of its own yet.'
        else:
            pass
            yield 'This exercise has no cues yet.'
        yield ' Before each set, find the muscle it trains without weight, then keep that feeling through every rep.</p>\n'
        def t_5(fiter):
            l_1_muscles = resolve('muscles')
            for l_1_m in fiter:
                if (l_1_m in (undefined(name='muscles') if l_1_muscles is missing else l_1_muscles)):
                    yield l_1_m
        for l_1_m in t_5(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'primary')):
            l_1_muscles = resolve('muscles')
            _loop_vars = {}
            pass
            yield '        <div class="feel-muscle">\n          <h3>'
            yield escape(environment.getattr(environment.getitem((undefined(name='muscles') if l_1_muscles is missing else l_1_muscles), l_1_m), 'name'))
            yield '</h3>\n'
            if environment.getattr(environment.getitem((undefined(name='muscles') if l_1_muscles is missing else l_1_muscles), l_1_m), 'flex'):
                pass
                yield '<p><strong>Flex it:</strong> '
                yield escape(environment.getattr(environment.getitem((undefined(name='muscles') if l_1_muscles is missing else l_1_muscles), l_1_m), 'flex'))
                yield '</p>'
            if environment.getattr(environment.getitem((undefined(name='muscles') if l_1_muscles is missing else l_1_muscles), l_1_m), 'touch'):
                pass
                yield '<p><strong>Touch it:</strong> '
                yield escape(environment.getattr(environment.getitem((undefined(name='muscles') if l_1_muscles is missing else l_1_muscles), l_1_m), 'touch'))
                yield '</p>'
            yield '        </div>\n'
        l_1_m = l_1_muscles = missing
        yield '      </section>\n'
    yield '\n'
    for (l_1_title, l_1_text) in [('Set up', environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'setup')), ('Visualise', environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'visualise')), ('Instructions', environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'instructions')), ('Common mistakes', environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'mistakes'))]:
        _loop_vars = {}
        pass
        if l_1_text:
            pass
            yield '      <section class="prose">\n        <h2>'
            yield escape(l_1_title)
            yield '</h2>\n        '
            yield escape(context.call((undefined(name='markdown') if l_0_markdown is missing else l_0_markdown), l_1_text, _loop_vars=_loop_vars))
            yield '\n      </section>\n'
    l_1_title = l_1_text = missing
    yield '\n'
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'provenance'):
        pass
        yield '      <p class="provenance small">Imported from '
        yield escape(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'provenance'), 'dataset'))
        yield ' (record '
        yield escape(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'provenance'), 'record'))
        yield '), '
        yield escape(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'provenance'), 'license'))
        yield ', by '
        yield escape(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'provenance'), 'attribution'))
        yield '.'
        if environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'provenance'), 'unclassified'):
            pass
            yield ' The importer could not classify its '
            yield escape(t_1(context.eval_ctx, environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'provenance'), 'unclassified'), ' and '))
            yield ': the value shown is a placeholder to review.'
        yield '</p>\n'
    yield '    </div>\n  </div>\n\n'
    if (undefined(name='related') if l_0_related is missing else l_0_related):
        pass
        yield '  <section class="block related" aria-labelledby="related-heading">\n    <h2 id="related-heading">Related exercises</h2>\n'
        for l_1_group_ in (undefined(name='related') if l_0_related is missing else l_0_related):
            _loop_vars = {}
            pass
            yield '      <h3>'
            yield escape(environment.getitem(l_1_group_, 'label'))
            yield '</h3>\n      '
            yield escape(context.call((undefined(name='exercise_list') if l_0_exercise_list is missing else l_0_exercise_list), environment.getitem(l_1_group_, 'exercises'), _loop_vars=_loop_vars))
            yield '\n'
        l_1_group_ = missing
        yield '  </section>\n'
    yield '</article>'

blocks = {}
debug_info = '1=46&2=58&3=62&5=64&7=66&8=80&9=98&10=116&17=133&18=135&24=145&26=147&27=151&30=159&31=163&32=169&34=173&37=176&41=185&43=191&47=194&48=199&49=201&50=203&51=205&58=216&60=218&63=221&64=228&66=238&67=240&68=245&74=254&75=257&77=260&78=262&83=266&84=269&89=284&92=287&93=291&94=293'

# Compiled from mmc.site's templates/parts/exercise.html by python scripts/compile_templates.py; do not edit.
