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
    l_0_cached_part = resolve('cached_part')
    l_0_url = resolve('url')
    l_0_head_links = l_0_head_scripts = l_0_site_header = l_0_site_footer = missing
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    def macro():
        t_2 = []
        pass
        t_2.extend((
            '<link rel="icon" href="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/favicon.svg')),
            '" type="image/svg+xml">\n<link rel="manifest" href="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'manifest.webmanifest')),
            '">\n<meta name="theme-color" content="#14213d">\n<link rel="apple-touch-icon" href="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/icon-192.png')),
            '">\n<link rel="stylesheet" href="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/site.css')),
            '">\n<link rel="stylesheet" href="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/cards.css')),
            '">',
        ))
        return concat(t_2)
    context.exported_vars.add('head_links')
    context.vars['head_links'] = l_0_head_links = Macro(environment, macro, 'head_links', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_3 = []
        pass
        t_3.extend((
            '<script src="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/site.js')),
            '" defer></script>\n<script src="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'assets/pacer.js')),
            '" defer></script>\n',
        ))
        return concat(t_3)
    context.exported_vars.add('head_scripts')
    context.vars['head_scripts'] = l_0_head_scripts = Macro(environment, macro, 'head_scripts', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_section):
        t_4 = []
        if l_1_section is missing:
            l_1_section = undefined("parameter 'section' was not provided", name='section')
        pass
        t_4.extend((
            '<a class="skip-link" href="#main">Skip to content</a>\n<header class="site-header">\n  <div class="wrap header-row">\n    <a class="brand" href="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), '')),
            '">\n      <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="15" fill="currentColor" opacity=".16"/><path d="M8 21c2-7 5-10 8-10s6 3 8 10" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"/><circle cx="16" cy="11" r="3.2" fill="currentColor"/></svg>\n      <span class="brand-name">',
            escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'title')),
            '</span>\n    </a>\n    <nav class="main-nav" aria-label="Main">\n      <ul>\n',
        ))
        for (l_2_target, l_2_label, l_2_key) in [('exercises/', 'Exercises', 'exercises'), ('muscles/', 'Muscles', 'muscles'), ('drills/', 'Drills', 'drills'), ('sessions/', 'Sessions', 'sessions'), ('print/', 'Print', 'print')]:
            _loop_vars = {}
            pass
            t_4.extend((
                '        <li><a href="',
                escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_2_target, _loop_vars=_loop_vars)),
                '"',
            ))
            if (l_1_section == l_2_key):
                pass
                t_4.append(
                    ' aria-current="page"',
                )
            t_4.extend((
                '>',
                escape(l_2_label),
                '</a></li>\n',
            ))
        l_2_target = l_2_label = l_2_key = missing
        if environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'guide'):
            pass
            t_4.extend((
                '<li><a href="',
                escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('guide/', environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'guide'), '/', )))),
                '"',
            ))
            if (l_1_section == 'guide'):
                pass
                t_4.append(
                    ' aria-current="page"',
                )
            t_4.append(
                '>The method</a></li>',
            )
        t_4.extend((
            '      </ul>\n    </nav>\n    <form class="site-search" role="search" action="',
            escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'search/')),
            '" method="get">\n      <label class="visually-hidden" for="site-search-input">Search exercises and muscles</label>\n      <input id="site-search-input" name="q" type="search" placeholder="Search: lats, squat, band…" autocomplete="off" data-search-input>\n      <button type="submit" class="search-button"><span class="visually-hidden">Search</span><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M13 13l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg></button>\n      <div class="search-results" data-search-results hidden></div>\n    </form>\n  </div>\n</header>\n<main id="main" class="wrap">\n',
        ))
        return concat(t_4)
    context.exported_vars.add('site_header')
    context.vars['site_header'] = l_0_site_header = Macro(environment, macro, 'site_header', ('section',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_5 = []
        pass
        t_5.extend((
            '</main>\n<footer class="site-footer">\n  <div class="wrap footer-row">\n    <p><strong>',
            escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'title')),
            '</strong> · ',
            escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'description')),
            '</p>\n    <p class="footer-note">Cues guide attention; they do not replace a coach who can see you lift. Evidence notes cite their sources on each page.</p>\n  </div>\n</footer>\n</body>\n</html>',
        ))
        return concat(t_5)
    context.exported_vars.add('site_footer')
    context.vars['site_footer'] = l_0_site_footer = Macro(environment, macro, 'site_footer', (), False, False, False, context.eval_ctx.autoescape)
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
    yield escape(context.call((undefined(name='cached_part') if l_0_cached_part is missing else l_0_cached_part), (undefined(name='head_links') if l_0_head_links is missing else l_0_head_links)))
    yield from context.blocks['head'][0](context)
    yield escape(context.call((undefined(name='cached_part') if l_0_cached_part is missing else l_0_cached_part), (undefined(name='head_scripts') if l_0_head_scripts is missing else l_0_head_scripts)))
    yield '</head>\n<body class="section-'
    yield escape(((undefined(name='section') if l_0_section is missing else l_0_section) or 'none'))
    yield from context.blocks['body_class'][0](context)
    yield '" data-root="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), ''))
    yield '">\n'
    yield escape(context.call((undefined(name='cached_part') if l_0_cached_part is missing else l_0_cached_part), (undefined(name='site_header') if l_0_site_header is missing else l_0_site_header), (undefined(name='section') if l_0_section is missing else l_0_section)))
    yield from context.blocks['content'][0](context)
    yield escape(context.call((undefined(name='cached_part') if l_0_cached_part is missing else l_0_cached_part), (undefined(name='site_footer') if l_0_site_footer is missing else l_0_site_footer)))

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
debug_info = '3=24&4=31&6=33&7=35&8=37&9=43&10=50&12=56&15=63&17=65&21=68&22=73&24=87&27=104&37=110&40=115&50=124&51=126&52=135&54=137&56=143&57=145&58=147&59=152&60=154&50=156&52=165&56=176&58=185&59=194'

# Compiled from mmc.site's templates/base.html by python scripts/compile_templates.py; do not edit.
