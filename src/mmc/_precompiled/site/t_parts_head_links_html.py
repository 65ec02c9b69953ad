from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/head_links.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_url = resolve('url')
    pass
    yield '<link rel="icon" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/favicon.svg'))
    yield '" type="image/svg+xml">\n<link rel="manifest" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'manifest.webmanifest'))
    yield '">\n<meta name="theme-color" content="#14213d">\n<link rel="apple-touch-icon" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/icon-192.png'))
    yield '">\n<link rel="stylesheet" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/site.css'))
    yield '">\n<link rel="stylesheet" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/cards.css'))
    yield '">'

blocks = {}
debug_info = '1=13&2=15&4=17&5=19&6=21'

# Compiled from mmc.site's templates/parts/head_links.html by python scripts/compile_templates.py; do not edit.
