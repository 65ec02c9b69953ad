from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'sessions.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_breadcrumbs = missing
    pass
    parent_template = environment.get_template('base.html', 'sessions.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'sessions.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs})
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'sessions.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars['breadcrumbs'] = l_0_breadcrumbs
    context.exported_vars.discard('breadcrumbs')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_sessions = resolve('sessions')
    try:
        t_1 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), (None, 'Sessions')], _block_vars=_block_vars))
    yield '\n<div class="page-head">\n  <h1>Sample sessions</h1>\n  <p class="lead">Planned by mmc\'s session planner: an activation block of drills, then light, slow, cued sets. Each has a one-page sheet to print and fill in.</p>\n</div>\n'
    if (undefined(name='sessions') if l_0_sessions is missing else l_0_sessions):
        pass
        yield '<ul class="tiles tiles-wide">\n'
        for l_1_s in (undefined(name='sessions') if l_0_sessions is missing else l_0_sessions):
            l_1_url = resolve('url')
            _loop_vars = {}
            pass
            yield '  <li class="tile session-tile">\n    <a class="tile-link" href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('sessions/', environment.getattr(l_1_s, 'id'), '/', )), _loop_vars=_loop_vars))
            yield '"><span class="tile-title">'
            yield escape(environment.getattr(environment.getattr(l_1_s, 'session'), 'title'))
            yield '</span>\n    <span class="tile-sub">'
            yield escape(t_2(environment.getattr(environment.getattr(l_1_s, 'session'), 'items')))
            yield ' exercises · about '
            yield escape(t_1(t_3(environment.getattr(environment.getattr(l_1_s, 'session'), 'duration_minutes'))))
            yield ' min</span></a>\n    <p class="tile-meta"><a class="chip" href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('print/sessions/', environment.getattr(l_1_s, 'id'), '/', )), _loop_vars=_loop_vars))
            yield '">Printable sheet</a> <a class="chip" href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('print/sessions/', environment.getattr(l_1_s, 'id'), '/cards/', )), _loop_vars=_loop_vars))
            yield '">Cards</a></p>\n  </li>\n'
        l_1_s = l_1_url = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p class="empty">No sample sessions: the library has no exercises for the configured targets.</p>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=24&4=52&9=54&11=57&13=62&14=66&15=70'

# Compiled from mmc.site's templates/sessions.html by python scripts/compile_templates.py; do not edit.
