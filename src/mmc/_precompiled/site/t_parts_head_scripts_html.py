from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/head_scripts.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_url = resolve('url')
    pass
    yield '<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/site.js'))
    yield '" defer></script>\n<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/pacer.js'))
    yield '" defer></script>'

blocks = {}
debug_info = '1=13&2=15'

# Compiled from mmc.site's templates/parts/head_scripts.html by python scripts/compile_templates.py; do not edit.
