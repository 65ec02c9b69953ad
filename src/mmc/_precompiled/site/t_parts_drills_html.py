from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/drills.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_drills = resolve('drills')
    l_0_drill_tile = l_0_breadcrumbs = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    included_template = environment.get_template('macros.html', 'parts/drills.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'drill_tile': l_0_drill_tile})
    l_0_drill_tile = getattr(included_template, 'drill_tile', missing)
    if l_0_drill_tile is missing:
        l_0_drill_tile = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/drills.html') does not export the requested name 'drill_tile'", name='drill_tile')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/drills.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'drill_tile': l_0_drill_tile, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('drill_tile', 'breadcrumbs'))
    yield '<div class="page-head">\n  <h1>Drills</h1>\n  <p class="lead">Flex a muscle without weight, picture it working, then train it. About ten minutes at home before a session is enough.</p>\n</div>\n'
    for (l_1_kind, l_1_label) in [('routine', 'Routines'), ('flex', 'Flex and hold'), ('visualisation', 'Visualisation')]:
        l_1_items = missing
        _loop_vars = {}
        pass
        l_1_items = t_1(context.eval_ctx, t_2(context, (undefined(name='drills') if l_0_drills is missing else l_0_drills), 'kind', 'equalto', l_1_kind))
        _loop_vars['items'] = l_1_items
        if (undefined(name='items') if l_1_items is missing else l_1_items):
            pass
            yield '<section class="block" aria-labelledby="kind-'
            yield escape(l_1_kind)
            yield '">\n  <h2 id="kind-'
            yield escape(l_1_kind)
            yield '">'
            yield escape(l_1_label)
            yield '</h2>\n  <ul class="tiles">'
            for l_2_d in (undefined(name='items') if l_1_items is missing else l_1_items):
                _loop_vars = {}
                pass
                yield escape(context.call((undefined(name='drill_tile') if l_0_drill_tile is missing else l_0_drill_tile), l_2_d, _loop_vars=_loop_vars))
            l_2_d = missing
            yield '</ul>\n</section>\n'
    l_1_kind = l_1_label = l_1_items = missing
    if (not (undefined(name='drills') if l_0_drills is missing else l_0_drills)):
        pass
        yield '<p class="empty">No drills yet.</p>'

blocks = {}
debug_info = '1=25&6=35&7=39&8=41&9=44&10=46&11=50&15=57'

# Compiled from mmc.site's templates/parts/drills.html by python scripts/compile_templates.py; do not edit.
