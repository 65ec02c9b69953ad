from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'search.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_breadcrumbs = missing
    pass
    parent_template = environment.get_template('base.html', 'search.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'search.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs})
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'search.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
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
    l_0_muscles = resolve('muscles')
    l_0_exercises = resolve('exercises')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), (None, 'Search')], _block_vars=_block_vars))
    yield '\n<div class="page-head">\n  <h1>Search</h1>\n  <form class="search-page-form" role="search" action="./" method="get">\n    <label for="search-page-input">Exercise, muscle, alias or equipment</label>\n    <div class="search-row"><input id="search-page-input" name="q" type="search" placeholder="e.g. lats, glutes, cable row" data-search-page><button class="button" type="submit">Search</button></div>\n  </form>\n  <p class="count" aria-live="polite" data-search-summary></p>\n</div>\n<ol class="result-list" data-search-page-results></ol>\n<section class="block" data-search-fallback>\n  <h2>Everything, A to Z</h2>\n  <p class="small">Without JavaScript the search box cannot filter; use your browser\'s find-in-page on this list, which includes each muscle\'s other names.</p>\n  <div class="az">\n    <section>\n      <h3>Muscles</h3>\n      <ul class="link-list">'
    for l_1_m in t_2(environment, (undefined(name='muscles') if l_0_muscles is missing else l_0_muscles), attribute='name'):
        l_1_url = resolve('url')
        l_1_aliases = resolve('aliases')
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('muscles/', environment.getitem(l_1_m, 'id'), '/', )), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getitem(l_1_m, 'name'))
        yield '</a>'
        if environment.getitem((undefined(name='aliases') if l_1_aliases is missing else l_1_aliases), environment.getitem(l_1_m, 'id')):
            pass
            yield ' <span class="small">('
            yield escape(t_1(context.eval_ctx, environment.getitem((undefined(name='aliases') if l_1_aliases is missing else l_1_aliases), environment.getitem(l_1_m, 'id')), ', '))
            yield ')</span>'
        yield '</li>'
    l_1_m = l_1_url = l_1_aliases = missing
    yield '</ul>\n    </section>\n    <section>\n      <h3>Exercises</h3>\n      <ul class="link-list">'
    for l_1_e in (undefined(name='exercises') if l_0_exercises is missing else l_0_exercises):
        l_1_url = resolve('url')
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('exercises/', environment.getitem(l_1_e, 'id'), '/', )), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getitem(l_1_e, 'name'))
        yield '</a> <span class="small">'
        yield escape(t_1(context.eval_ctx, environment.getitem(l_1_e, 'primary'), ', '))
        yield '</span></li>'
    l_1_e = l_1_url = missing
    yield '</ul>\n    </section>\n  </div>\n</section>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=24&4=47&20=49&24=67'

# Compiled from mmc.site's templates/search.html by python scripts/compile_templates.py; do not edit.
