from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'print_index.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_breadcrumbs = missing
    pass
    parent_template = environment.get_template('base.html', 'print_index.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'print_index.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs})
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'print_index.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
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
    l_0_groups = resolve('groups')
    l_0_sessions = resolve('sessions')
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), (None, 'Print')], _block_vars=_block_vars))
    yield '\n<div class="page-head">\n  <h1>Print</h1>\n  <p class="lead">Cue cards for the gym bag and one-page session sheets. Print from your browser: the site\'s menus and buttons are left off the paper.</p>\n</div>\n<section class="block">\n  <h2>Card sheets by muscle group</h2>\n  <ul class="tiles">\n'
    for l_1_g in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        l_1_url = resolve('url')
        _loop_vars = {}
        pass
        yield '<li class="tile"><a class="tile-link" href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('print/groups/', environment.getattr(l_1_g, 'id'), '/', )), _loop_vars=_loop_vars))
        yield '"><span class="tile-title">'
        yield escape(environment.getattr(l_1_g, 'name'))
        yield '</span><span class="tile-sub">'
        yield escape(environment.getattr(l_1_g, 'count'))
        yield ' card'
        yield escape(('s' if (environment.getattr(l_1_g, 'count') != 1) else cond_expr_undefined("the inline if-expression on line 12 in 'print_index.html' evaluated to false and no else section was defined.")))
        yield '</span></a></li>'
    l_1_g = l_1_url = missing
    yield '  </ul>\n</section>\n'
    if (undefined(name='sessions') if l_0_sessions is missing else l_0_sessions):
        pass
        yield '<section class="block">\n  <h2>Session sheets</h2>\n  <ul class="tiles">\n'
        for l_1_s in (undefined(name='sessions') if l_0_sessions is missing else l_0_sessions):
            l_1_url = resolve('url')
            _loop_vars = {}
            pass
            yield '<li class="tile"><a class="tile-link" href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('print/sessions/', environment.getattr(l_1_s, 'id'), '/', )), _loop_vars=_loop_vars))
            yield '"><span class="tile-title">'
            yield escape(environment.getattr(l_1_s, 'title'))
            yield '</span><span class="tile-sub">One page with boxes to log every set</span></a><p class="tile-meta"><a class="chip" href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('print/sessions/', environment.getattr(l_1_s, 'id'), '/cards/', )), _loop_vars=_loop_vars))
            yield '">Its cue cards</a></p></li>'
        l_1_s = l_1_url = missing
        yield '  </ul>\n</section>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=24&4=35&12=37&15=52&19=55'

# Compiled from mmc.site's templates/print_index.html by python scripts/compile_templates.py; do not edit.
