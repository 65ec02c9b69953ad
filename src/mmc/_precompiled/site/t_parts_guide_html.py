from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/guide.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_markdown = resolve('markdown')
    l_0_breadcrumbs = missing
    pass
    included_template = environment.get_template('macros.html', 'parts/guide.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs})
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/guide.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars['breadcrumbs'] = l_0_breadcrumbs
    context.exported_vars.discard('breadcrumbs')
    yield '<article class="guide prose prose-wide">\n  <h1>'
    yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title'))
    yield '</h1>\n'
    if environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary'):
        pass
        yield '<p class="lead">'
        yield escape(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'summary'))
        yield '</p>'
    yield '  '
    yield escape(context.call((undefined(name='markdown') if l_0_markdown is missing else l_0_markdown), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'body')))
    yield '\n</article>'

blocks = {}
debug_info = '1=14&3=21&4=23&5=29'

# Compiled from mmc.site's templates/parts/guide.html by python scripts/compile_templates.py; do not edit.
