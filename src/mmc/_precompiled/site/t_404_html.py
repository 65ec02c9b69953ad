from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = '404.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', '404.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_base(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    pass
    yield '<base href="'
    yield escape((environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url') or '/'))
    yield '">\n'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_url = resolve('url')
    pass
    yield '<div class="page-head">\n  <h1>Page not found</h1>\n  <p class="lead">That page is not here. Try the search box above, or start from the <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), '', _block_vars=_block_vars))
    yield '">home page</a>.</p>\n</div>\n'

blocks = {'base': block_base, 'content': block_content}
debug_info = '1=12&3=17&4=30&7=40'

# Compiled from mmc.site's templates/404.html by python scripts/compile_templates.py; do not edit.
