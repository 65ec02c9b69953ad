from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'session.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_session = resolve('session')
    l_0_breadcrumbs = l_0_s = missing
    pass
    parent_template = environment.get_template('base.html', 'session.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'session.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 's': l_0_s})
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'session.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars['breadcrumbs'] = l_0_breadcrumbs
    context.exported_vars.discard('breadcrumbs')
    l_0_s = (undefined(name='session') if l_0_session is missing else l_0_session)
    context.vars['s'] = l_0_s
    context.exported_vars.add('s')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_s = resolve('s')
    l_0_pacer = resolve('pacer')
    l_0_url = resolve('url')
    l_0_spec_id = resolve('spec_id')
    l_0_evidence_page = resolve('evidence_page')
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_3 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    try:
        t_4 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_5 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), ('sessions/', 'Sessions'), (None, environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'title'))], _block_vars=_block_vars))
    yield '\n<article class="session">\n  <header class="page-head">\n    <p class="eyebrow">'
    yield escape(t_1(t_3(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'goal'))))
    yield ' · '
    yield escape(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'level'))
    yield ' · about '
    yield escape(t_2(t_5(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'duration_minutes'))))
    yield ' of '
    yield escape(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'minutes'))
    yield ' min</p>\n    <h1>'
    yield escape(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'title'))
    yield '</h1>\n'
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'targets'):
        pass
        yield '<p class="session-targets">Targets: '
        l_1_loop = missing
        for l_1_t, l_1_loop in LoopContext(environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'targets'), undefined):
            l_1_names = resolve('names')
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('muscles/', l_1_t, '/', )), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getitem((undefined(name='names') if l_1_names is missing else l_1_names), l_1_t))
            yield '</a>'
            yield escape((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 10 in 'session.html' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_t = l_1_names = missing
        yield '.</p>'
    yield '  </header>\n'
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'drills'):
        pass
        yield '  <section class="block">\n    <h2>Activation first</h2>\n    <ol class="steps">'
        for l_1_d in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'drills'):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('drills/', environment.getattr(l_1_d, 'drill'), '/', )), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_d, 'name'))
            yield '</a> · '
            yield escape(t_4(context.eval_ctx, t_5(environment.getattr(l_1_d, 'minutes'), 1), '.0', ''))
            yield ' min</li>'
        l_1_d = missing
        yield '</ol>\n  </section>\n'
    yield '  <section class="block">\n    <h2>The work</h2>\n    <div class="table-wrap">\n    <table class="session-table">\n      <thead><tr><th scope="col">Exercise</th><th scope="col">Sets × reps</th><th scope="col">Load</th><th scope="col">Tempo</th><th scope="col">Rest</th><th scope="col">Key cue</th></tr></thead>\n      <tbody>\n'
    for l_1_item in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'items'):
        _loop_vars = {}
        pass
        yield '        <tr>\n          <th scope="row"><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('exercises/', environment.getattr(l_1_item, 'exercise'), '/', )), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_item, 'name'))
        yield '</a></th>\n          <td class="col-rx" data-label="Sets × reps">'
        yield escape(environment.getattr(environment.getattr(l_1_item, 'prescription'), 'sets'))
        yield ' × '
        yield escape(environment.getattr(environment.getattr(l_1_item, 'prescription'), 'reps'))
        if (environment.getattr(environment.getattr(l_1_item, 'prescription'), 'measure') == 'seconds'):
            pass
            yield ' s'
        elif (environment.getattr(environment.getattr(l_1_item, 'prescription'), 'measure') == 'metres'):
            pass
            yield ' m'
        if environment.getattr(environment.getattr(l_1_item, 'prescription'), 'per_side'):
            pass
            yield ' <span class="each-side">each side</span>'
        yield '</td>\n          <td class="col-load" data-label="Load">'
        yield escape(environment.getattr(environment.getattr(l_1_item, 'prescription'), 'load'))
        yield '</td>\n          <td class="col-tempo" data-label="Tempo"><span class="tempo-code">'
        yield escape(environment.getattr(environment.getattr(l_1_item, 'prescription'), 'tempo'))
        yield '</span></td>\n          <td class="col-rest" data-label="Rest">'
        yield escape(environment.getattr(environment.getattr(l_1_item, 'prescription'), 'rest_seconds'))
        yield ' s</td>\n          <td class="col-cue" data-label="Key cue">'
        if environment.getattr(l_1_item, 'cues'):
            pass
            yield escape(environment.getattr(environment.getitem(environment.getattr(l_1_item, 'cues'), 0), 'text'))
        if environment.getattr(l_1_item, 'safety'):
            pass
            yield '<span class="cue-safety"><strong>Safety:</strong> '
            yield escape(environment.getitem(environment.getattr(l_1_item, 'safety'), 0))
            yield '</span>'
        yield '</td>\n        </tr>\n'
    l_1_item = missing
    yield '      </tbody>\n    </table>\n    </div>\n  </section>\n  '
    yield escape(context.call((undefined(name='pacer') if l_0_pacer is missing else l_0_pacer), (undefined(name='s') if l_0_s is missing else l_0_s), _block_vars=_block_vars))
    yield '\n  <p class="hero-actions no-print"><a class="button" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('print/sessions/', (undefined(name='spec_id') if l_0_spec_id is missing else l_0_spec_id), '/', )), _block_vars=_block_vars))
    yield '">Print the session sheet</a> <a class="button button-ghost" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('print/sessions/', (undefined(name='spec_id') if l_0_spec_id is missing else l_0_spec_id), '/cards/', )), _block_vars=_block_vars))
    yield '">Print its cue cards</a></p>\n'
    if environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'rationale'):
        pass
        yield '  <section class="block">\n    <h2>Why it is planned this way</h2>\n    <ul class="rationale">\n'
        for l_1_note in environment.getattr((undefined(name='s') if l_0_s is missing else l_0_s), 'rationale'):
            _loop_vars = {}
            pass
            yield '      <li><span class="rule">'
            yield escape(environment.getattr(l_1_note, 'rule'))
            yield '</span> <strong>'
            yield escape(environment.getattr(l_1_note, 'decision'))
            yield '</strong> '
            yield escape(environment.getattr(l_1_note, 'reason'))
            yield '</li>\n'
        l_1_note = missing
        yield '    </ul>\n    <p class="small">'
        if (undefined(name='evidence_page') if l_0_evidence_page is missing else l_0_evidence_page):
            pass
            yield 'Rule ids are explained, with their studies, on <a href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='evidence_page') if l_0_evidence_page is missing else l_0_evidence_page), _block_vars=_block_vars))
            yield '">the evidence page</a>.'
        else:
            pass
            yield "Rule ids refer to the evidence page of mmc's bundled content."
        yield ' A rule marked “convention” is a coaching habit with no trial behind it.</p>\n  </section>\n'
    yield '</article>\n'

blocks = {'content': block_content}
debug_info = '1=14&2=17&3=23&4=28&5=72&8=74&9=82&10=84&12=101&15=104&24=117&26=121&27=125&28=138&29=140&30=142&31=144&38=155&39=157&40=161&44=164&45=168&48=176'

# Compiled from mmc.site's templates/session.html by python scripts/compile_templates.py; do not edit.
