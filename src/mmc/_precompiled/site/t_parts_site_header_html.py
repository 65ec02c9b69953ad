from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/site_header.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_url = resolve('url')
    l_0_site = resolve('site')
    l_0_section = resolve('section')
    pass
    yield '<a class="skip-link" href="#main">Skip to content</a>\n<header class="site-header">\n  <div class="wrap header-row">\n    <a class="brand" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), ''))
    yield '">\n      <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><circle cx="16" cy="16" r="15" fill="currentColor" opacity=".16"/><path d="M8 21c2-7 5-10 8-10s6 3 8 10" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"/><circle cx="16" cy="11" r="3.2" fill="currentColor"/></svg>\n      <span class="brand-name">'
    yield escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
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
    if environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'guide'):
        pass
        yield '<li><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('guide/', environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'guide'), '/', ))))
        yield '"'
        if ((undefined(name='section') if l_0_section is missing else l_0_section) == 'guide'):
            pass
            yield ' aria-current="page"'
        yield '>The method</a></li>'
    yield '      </ul>\n    </nav>\n    <form class="site-search" role="search" action="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'search/'))
    yield '" method="get">\n      <label class="visually-hidden" for="site-search-input">Search exercises and muscles</label>\n      <input id="site-search-input" name="q" type="search" placeholder="Search: lats, squat, band…" autocomplete="off" data-search-input>\n      <button type="submit" class="search-button"><span class="visually-hidden">Search</span><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M13 13l4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg></button>\n      <div class="search-results" data-search-results hidden></div>\n    </form>\n  </div>\n</header>\n<main id="main" class="wrap">'

blocks = {}
debug_info = '4=15&6=17&10=19&11=23&13=32&16=42'

# Compiled from mmc.site's templates/parts/site_header.html by python scripts/compile_templates.py; do not edit.
