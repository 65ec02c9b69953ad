from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'base.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_section = resolve('section')
    l_0_site = resolve('site')
    l_0_page_title = resolve('page_title')
    l_0_page_path = resolve('page_path')
    l_0_shared_part = resolve('shared_part')
    l_0_url = resolve('url')
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
    yield from context.blocks['base'][0](context)
    yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    if ((undefined(name='section') if l_0_section is missing else l_0_section) == 'home'):
        pass
        yield escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    else:
        pass
        yield escape((undefined(name='page_title') if l_0_page_title is missing else l_0_page_title))
        yield ' · '
        yield escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '</title>\n<meta name="description" content="'
    yield from context.blocks['description'][0](context)
    yield '">\n<meta name="color-scheme" content="light">\n'
    if environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url'):
        pass
        yield '<link rel="canonical" href="'
        yield escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url'))
        yield escape(t_1(context.eval_ctx, (undefined(name='page_path') if l_0_page_path is missing else l_0_page_path), 'index.html', ''))
        yield '">\n'
    yield escape(context.call((undefined(name='shared_part') if l_0_shared_part is missing else l_0_shared_part), 'parts/head_links.html'))
    yield from context.blocks['head'][0](context)
    yield escape(context.call((undefined(name='shared_part') if l_0_shared_part is missing else l_0_shared_part), 'parts/head_scripts.html'))
    yield '\n</head>\n<body class="section-'
    yield escape(((undefined(name='section') if l_0_section is missing else l_0_section) or 'none'))
    yield from context.blocks['body_class'][0](context)
    yield '" data-root="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), ''))
    yield '">\n'
    yield escape(context.call((undefined(name='shared_part') if l_0_shared_part is missing else l_0_shared_part), 'parts/site_header.html', section=(undefined(name='section') if l_0_section is missing else l_0_section)))
    yield '\n'
    yield from context.blocks['content'][0](context)
    yield escape(context.call((undefined(name='shared_part') if l_0_shared_part is missing else l_0_shared_part), 'parts/site_footer.html'))

def block_base(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    pass
    yield escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'description'))

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'base': block_base, 'description': block_description, 'head': block_head, 'body_class': block_body_class, 'content': block_content}
debug_info = '7=24&8=26&9=35&11=37&13=43&14=45&16=47&17=52&18=54&19=55&7=57&9=66&13=77&16=86&18=95'

# Compiled from mmc.site's templates/base.html by python scripts/compile_templates.py; do not edit.
