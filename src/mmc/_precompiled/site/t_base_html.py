from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
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
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    else:
        pass
        yield escape((undefined(name='page_title') if l_0_page_title is missing else l_0_page_title))
        yield ' · '
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '</title>\n<meta name="description" content="'
    yield from context.blocks['description'][0](context)
    yield '">\n<meta name="color-scheme" content="light">\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url'):
        pass
        yield '<link rel="canonical" href="'
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url'))
        yield escape(t_1(context.eval_ctx, (undefined(name='page_path') if l_0_page_path is missing else l_0_page_path), 'index.html', ''))
        yield '">\n'
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
    yield from context.blocks['head'][0](context)
    yield '<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/site.js'))
    yield '" defer></script>\n<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/pacer.js'))
    yield '" defer></script>\n</head>\n<body class="section-'
    yield escape(((undefined(name='section') if l_0_section is missing else l_0_section) or 'none'))
    yield from context.blocks['body_class'][0](context)
    yield '" data-root="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), ''))
    yield '">\n<a class="skip-link" href="#main">Skip to content</a>\n<header class="site-header">\n  <div class="wrap header-row">\n    <a class="brand" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), ''))
    yield '">\n      <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="15" fill="currentColor" opacity=".16"/><path d="M8 21c2-7 5-10 8-10s6 3 8 10" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"/><circle cx="16" cy="11" r="3.2" fill="currentColor"/></svg>\n      <span class="brand-name">'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '</span>\n    </a>\n    <nav class="main-nav" aria-label="Main">\n      <ul>\n'
    for (l_1_target, l_1_label, l_1_key) in [('exercises/', 'Exercises', 'exercises'), ('muscles/', 'Muscles', 'muscles'), ('drills/', 'Drills', 'drills'), ('sessions/', 'Sessions', 'sessions'), ('print/', 'Print', 'print')]:
        _loop_vars = {}
        pass
        yield '        <li><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_target, _loop_vars=_loop_vars))
        yield '"'
        if ((undefined(name='section') if l_0_section is missing else l_0_section) == l_1_key):
            pass
            yield ' aria-current="page"'
        yield '>'
        yield escape(l_1_label)
        yield '</a></li>\n'
    l_1_target = l_1_label = l_1_key = missing
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'guide'):
        pass
        yield '<li><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('guide/', environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'guide'), '/', ))))
        yield '"'
        if ((undefined(name='section') if l_0_section is missing else l_0_section) == 'guide'):
            pass
            yield ' aria-current="page"'
        yield '>The method</a></li>'
    yield '      </ul>\n    </nav>\n    <form class="site-search" role="search" action="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'search/'))
    yield '" method="get">\n      <label class="visually-hidden" for="site-search-input">Search exercises and muscles</label>\n      <input id="site-search-input" name="q" type="search" placeholder="Search: lats, squat, band…" autocomplete="off" data-search-input>\n      <button type="submit" class="search-button"><span class="visually-hidden">Search</span><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M13 13l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg></button>\n      <div class="search-results" data-search-results hidden></div>\n    </form>\n  </div>\n</header>\n<main id="main" class="wrap">\n'
    yield from context.blocks['content'][0](context)
    yield '</main>\n<footer class="site-footer">\n  <div class="wrap footer-row">\n    <p><strong>'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '</strong> · '
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'))
    yield '</p>\n    <p class="footer-note">Cues guide attention; they do not replace a coach who can see you lift. Evidence notes cite their sources on each page.</p>\n  </div>\n</footer>\n</body>\n</html>'

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
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'))

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
debug_info = '5=23&6=25&7=34&9=36&11=43&12=45&14=47&15=49&16=51&17=55&18=57&20=59&24=64&26=66&30=68&31=72&33=81&36=91&45=93&49=95&5=100&7=109&16=120&20=129&45=138'

# Compiled from mmc.site's templates/base.html by python scripts/compile_templates.py; do not edit.
