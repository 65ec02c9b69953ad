from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/docs_home.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page_title = resolve('page_title')
    l_0_url = resolve('url')
    l_0_counts = resolve('counts')
    l_0_guides = resolve('guides')
    l_0_featured = resolve('featured')
    l_0_exercise_list = missing
    pass
    included_template = environment.get_template('macros.html', 'parts/docs_home.html').make_module(context.get_all(), True, {'exercise_list': l_0_exercise_list})
    l_0_exercise_list = getattr(included_template, 'exercise_list', missing)
    if l_0_exercise_list is missing:
        l_0_exercise_list = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/docs_home.html') does not export the requested name 'exercise_list'", name='exercise_list')
    context.vars['exercise_list'] = l_0_exercise_list
    context.exported_vars.discard('exercise_list')
    yield '<div class="page-head">\n  <h1>'
    yield escape((undefined(name='page_title') if l_0_page_title is missing else l_0_page_title))
    yield '</h1>\n  <p class="lead">Cue cards for the mind-muscle connection: feel every rep in the muscle you mean to train. Each exercise names its target and helper muscles, gives a tempo and short cues by phase, and has a card to print.</p>\n</div>\n<ul class="tiles">\n  <li class="tile"><a class="tile-link" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'exercises/'))
    yield '"><span class="tile-title">'
    yield escape(environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'exercises'))
    yield ' exercises</span><span class="tile-sub">Cues, tempo, set-up and a card each</span></a></li>\n  <li class="tile"><a class="tile-link" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'muscles/'))
    yield '"><span class="tile-title">'
    yield escape(environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'muscles'))
    yield ' muscles and heads</span><span class="tile-sub">How to flex them and where to feel them</span></a></li>\n  <li class="tile"><a class="tile-link" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'drills/'))
    yield '"><span class="tile-title">'
    yield escape(environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'drills'))
    yield ' drills</span><span class="tile-sub">Activation before you lift</span></a></li>\n'
    for l_1_p in (undefined(name='guides') if l_0_guides is missing else l_0_guides):
        _loop_vars = {}
        pass
        yield '  <li class="tile"><a class="tile-link" href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('guide/', environment.getattr(l_1_p, 'id'), '/', )), _loop_vars=_loop_vars))
        yield '"><span class="tile-title">'
        yield escape(environment.getattr(l_1_p, 'title'))
        yield '</span>'
        if environment.getattr(l_1_p, 'summary'):
            pass
            yield '<span class="tile-sub">'
            yield escape(environment.getattr(l_1_p, 'summary'))
            yield '</span>'
        yield '</a></li>\n'
    l_1_p = missing
    yield '</ul>\n'
    if (undefined(name='featured') if l_0_featured is missing else l_0_featured):
        pass
        yield '<h2>A few to try</h2>\n'
        yield escape(context.call((undefined(name='exercise_list') if l_0_exercise_list is missing else l_0_exercise_list), (undefined(name='featured') if l_0_featured is missing else l_0_featured)))
        yield '\n'

blocks = {}
debug_info = '1=17&3=24&7=26&8=30&9=34&10=38&11=42&14=54&16=57'

# Compiled from mmc.site's templates/parts/docs_home.html by python scripts/compile_templates.py; do not edit.
