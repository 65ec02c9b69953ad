from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/muscles.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_groups = resolve('groups')
    l_0_breadcrumbs = missing
    pass
    included_template = environment.get_template('macros.html', 'parts/muscles.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs})
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/muscles.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars['breadcrumbs'] = l_0_breadcrumbs
    context.exported_vars.discard('breadcrumbs')
    yield '<div class="page-head">\n  <h1>Muscles</h1>\n  <p class="lead">Every muscle and the heads worth cueing on their own: how to flex it without weight, where to feel it, and what trains it.</p>\n</div>\n<div class="group-grid group-grid-wide">\n'
    for l_1_g in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        yield '  <section class="group-card" aria-labelledby="group-'
        yield escape(environment.getattr(l_1_g, 'id'))
        yield '">\n    <h2 id="group-'
        yield escape(environment.getattr(l_1_g, 'id'))
        yield '">'
        yield escape(environment.getattr(l_1_g, 'name'))
        yield '</h2>\n    <ul class="muscle-list">\n'
        for l_2_m in environment.getattr(l_1_g, 'muscles'):
            l_2_url = resolve('url')
            _loop_vars = {}
            pass
            yield '      <li>\n        <a href="'
            yield escape(context.call((undefined(name='url') if l_2_url is missing else l_2_url), markup_join(('muscles/', environment.getattr(l_2_m, 'id'), '/', )), _loop_vars=_loop_vars))
            yield '"><span class="muscle-name">'
            yield escape(environment.getattr(l_2_m, 'name'))
            yield '</span> <span class="muscle-latin">'
            yield escape(environment.getattr(l_2_m, 'latin'))
            yield '</span></a>\n        <span class="count-badge" title="exercises that train it">'
            yield escape(environment.getattr(l_2_m, 'count'))
            yield '</span>\n'
            if environment.getattr(l_2_m, 'heads'):
                pass
                yield '<ul class="head-list">'
                for l_3_h in environment.getattr(l_2_m, 'heads'):
                    _loop_vars = {}
                    pass
                    yield '<li><a href="'
                    yield escape(context.call((undefined(name='url') if l_2_url is missing else l_2_url), markup_join(('muscles/', environment.getattr(l_3_h, 'id'), '/', )), _loop_vars=_loop_vars))
                    yield '">'
                    yield escape(environment.getattr(l_3_h, 'name'))
                    yield '</a></li>'
                l_3_h = missing
                yield '</ul>'
            yield '      </li>\n'
        l_2_m = l_2_url = missing
        yield '    </ul>\n  </section>\n'
    l_1_g = missing
    yield '</div>'

blocks = {}
debug_info = '1=13&7=20&8=24&9=26&11=30&13=35&14=41&15=43'

# Compiled from mmc.site's templates/parts/muscles.html by python scripts/compile_templates.py; do not edit.
