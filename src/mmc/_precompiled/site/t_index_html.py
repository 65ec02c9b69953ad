from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'index.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_exercise_list = missing
    pass
    parent_template = environment.get_template('base.html', 'index.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'index.html').make_module(context.get_all(), True, {'exercise_list': l_0_exercise_list})
    l_0_exercise_list = getattr(included_template, 'exercise_list', missing)
    if l_0_exercise_list is missing:
        l_0_exercise_list = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'index.html') does not export the requested name 'exercise_list'", name='exercise_list')
    context.vars['exercise_list'] = l_0_exercise_list
    context.exported_vars.discard('exercise_list')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_url = resolve('url')
    l_0_counts = resolve('counts')
    l_0_site = resolve('site')
    l_0_groups = resolve('groups')
    l_0_featured = resolve('featured')
    l_0_exercise_list = resolve('exercise_list')
    l_0_sessions = resolve('sessions')
    l_0_guides = resolve('guides')
    pass
    yield '<section class="hero">\n  <div class="hero-text">\n    <p class="eyebrow">Mind-muscle connection</p>\n    <h1>Feel every rep in the muscle you mean to train.</h1>\n    <p class="lead">Every exercise here names the muscle to feel and the helpers that assist it, gives a slow tempo and a few short cues by phase, and comes with a card to print. Pick one, picture the muscle working, then lift light enough to keep it in charge.</p>\n    <p class="hero-actions">\n      <a class="button" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'exercises/', _block_vars=_block_vars))
    yield '">Browse '
    yield escape(environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'exercises'))
    yield ' exercises</a>\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'guide'):
        pass
        yield '<a class="button button-ghost" href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('guide/', environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'guide'), '/', )), _block_vars=_block_vars))
        yield '">How the method works</a>'
    yield '    </p>\n  </div>\n  <ol class="hero-steps" aria-label="The method in four steps">\n    <li><strong>Flex it first.</strong> Find the muscle without weight: a short drill before you train.</li>\n    <li><strong>Go lighter.</strong> A load the target muscle can move on its own, up to about 60% of your best.</li>\n    <li><strong>Slow the lowering.</strong> Three to four seconds down, then squeeze on the way up.</li>\n    <li><strong>Cue the muscle.</strong> One short phrase that points your attention where the work should be.</li>\n  </ol>\n</section>\n\n<section class="stats" aria-label="What is inside">\n  <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'exercises/', _block_vars=_block_vars))
    yield '"><strong>'
    yield escape(environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'exercises'))
    yield '</strong> exercises</a>\n  <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'muscles/', _block_vars=_block_vars))
    yield '"><strong>'
    yield escape(environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'muscles'))
    yield '</strong> muscles and heads</a>\n  <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'drills/', _block_vars=_block_vars))
    yield '"><strong>'
    yield escape(environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'drills'))
    yield '</strong> drills</a>\n  <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'sessions/', _block_vars=_block_vars))
    yield '"><strong>'
    yield escape(environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'sessions'))
    yield '</strong> sample sessions</a>\n</section>\n\n<section class="block">\n  <h2>Start from a muscle</h2>\n  <div class="group-grid">\n'
    for l_1_g in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        yield '    <div class="group-card">\n      <h3>'
        yield escape(environment.getattr(l_1_g, 'name'))
        yield '</h3>\n      <ul class="link-list">\n'
        for l_2_m in environment.getattr(l_1_g, 'muscles'):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('muscles/', environment.getattr(l_2_m, 'id'), '/', )), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_2_m, 'name'))
            yield '</a></li>'
        l_2_m = missing
        yield '      </ul>\n    </div>\n'
    l_1_g = missing
    yield '  </div>\n</section>\n\n'
    if (undefined(name='featured') if l_0_featured is missing else l_0_featured):
        pass
        yield '<section class="block">\n  <div class="block-head"><h2>A few to try</h2><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'exercises/', _block_vars=_block_vars))
        yield '">All exercises →</a></div>\n  '
        yield escape(context.call((undefined(name='exercise_list') if l_0_exercise_list is missing else l_0_exercise_list), (undefined(name='featured') if l_0_featured is missing else l_0_featured), _block_vars=_block_vars))
        yield '\n</section>\n'
    yield '\n'
    if (undefined(name='sessions') if l_0_sessions is missing else l_0_sessions):
        pass
        yield '<section class="block">\n  <div class="block-head"><h2>Sample sessions</h2><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), 'sessions/', _block_vars=_block_vars))
        yield '">All sessions →</a></div>\n  <ul class="tiles">\n'
        for l_1_s in (undefined(name='sessions') if l_0_sessions is missing else l_0_sessions):
            _loop_vars = {}
            pass
            yield '    <li class="tile"><a class="tile-link" href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('sessions/', environment.getattr(l_1_s, 'id'), '/', )), _loop_vars=_loop_vars))
            yield '"><span class="tile-title">'
            yield escape(environment.getattr(l_1_s, 'title'))
            yield '</span><span class="tile-sub">'
            yield escape(environment.getattr(l_1_s, 'minutes'))
            yield ' minutes · printable sheet</span></a></li>\n'
        l_1_s = missing
        yield '  </ul>\n</section>\n'
    yield '\n'
    if (undefined(name='guides') if l_0_guides is missing else l_0_guides):
        pass
        yield '<section class="block">\n  <h2>Read first</h2>\n  <ul class="tiles">\n'
        for l_1_p in (undefined(name='guides') if l_0_guides is missing else l_0_guides):
            _loop_vars = {}
            pass
            yield '    <li class="tile"><a class="tile-link" href="'
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
        yield '  </ul>\n</section>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=24&10=41&11=45&23=51&24=55&25=59&26=63&32=67&34=71&36=73&43=85&45=88&46=90&50=93&52=96&54=98&55=102&61=111&65=114&66=118'

# Compiled from mmc.site's templates/index.html by python scripts/compile_templates.py; do not edit.
