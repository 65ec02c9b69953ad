from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'exercises.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_exercise_list = l_0_breadcrumbs = missing
    pass
    parent_template = environment.get_template('base.html', 'exercises.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'exercises.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'exercise_list': l_0_exercise_list})
    l_0_exercise_list = getattr(included_template, 'exercise_list', missing)
    if l_0_exercise_list is missing:
        l_0_exercise_list = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'exercises.html') does not export the requested name 'exercise_list'", name='exercise_list')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'exercises.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'exercise_list': l_0_exercise_list, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('exercise_list', 'breadcrumbs'))
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_active = resolve('active')
    l_0_page_title = resolve('page_title')
    l_0_heading = resolve('heading')
    l_0_lead = resolve('lead')
    l_0_filters = resolve('filters')
    l_0_exercises = resolve('exercises')
    l_0_exercise_list = resolve('exercise_list')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), ([('', 'Home'), ('exercises/', 'Exercises'), (None, (undefined(name='page_title') if l_0_page_title is missing else l_0_page_title))] if (environment.getitem((undefined(name='active') if l_0_active is missing else l_0_active), 'equipment') or environment.getitem((undefined(name='active') if l_0_active is missing else l_0_active), 'pattern')) else [('', 'Home'), (None, 'Exercises')]), _block_vars=_block_vars))
    yield '\n<div class="page-head">\n  <h1>'
    yield escape((undefined(name='heading') if l_0_heading is missing else l_0_heading))
    yield '</h1>\n'
    if (undefined(name='lead') if l_0_lead is missing else l_0_lead):
        pass
        yield '<p class="lead">'
        yield escape((undefined(name='lead') if l_0_lead is missing else l_0_lead))
        yield '</p>'
    yield '</div>\n<div class="browse">\n  <aside class="filters" aria-label="Filters">\n    <form class="filter-form" data-filter-form hidden>\n      <h2 class="filter-title">Filter</h2>\n      <label for="filter-muscle">Muscle</label>\n      <select id="filter-muscle" name="muscle">\n        <option value="">Any muscle</option>\n'
    for l_1_m in environment.getitem((undefined(name='filters') if l_0_filters is missing else l_0_filters), 'muscles'):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.getitem(l_1_m, 'id'))
        yield '">'
        yield escape(environment.getitem(l_1_m, 'name'))
        yield '</option>'
    l_1_m = missing
    yield '      </select>\n      <label for="filter-equipment">Equipment</label>\n      <select id="filter-equipment" name="equipment">\n        <option value="">Any equipment</option>\n'
    for l_1_e in environment.getitem((undefined(name='filters') if l_0_filters is missing else l_0_filters), 'equipment'):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.getitem(l_1_e, 'id'))
        yield '"'
        if (environment.getitem((undefined(name='active') if l_0_active is missing else l_0_active), 'equipment') == environment.getitem(l_1_e, 'id')):
            pass
            yield ' selected'
        yield '>'
        yield escape(environment.getitem(l_1_e, 'name'))
        yield '</option>'
    l_1_e = missing
    yield '      </select>\n      <label for="filter-pattern">Movement</label>\n      <select id="filter-pattern" name="pattern">\n        <option value="">Any movement</option>\n'
    for l_1_p in environment.getitem((undefined(name='filters') if l_0_filters is missing else l_0_filters), 'patterns'):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.getitem(l_1_p, 'id'))
        yield '"'
        if (environment.getitem((undefined(name='active') if l_0_active is missing else l_0_active), 'pattern') == environment.getitem(l_1_p, 'id')):
            pass
            yield ' selected'
        yield '>'
        yield escape(environment.getitem(l_1_p, 'name'))
        yield '</option>'
    l_1_p = missing
    yield '      </select>\n      <p class="filter-count" aria-live="polite" data-filter-count></p>\n    </form>\n    <details class="filter-links" open>\n      <summary>Browse by equipment</summary>\n      <ul class="chip-list">'
    for l_1_e in environment.getitem((undefined(name='filters') if l_0_filters is missing else l_0_filters), 'equipment'):
        l_1_url = resolve('url')
        _loop_vars = {}
        pass
        yield '<li><a class="chip'
        if (environment.getitem((undefined(name='active') if l_0_active is missing else l_0_active), 'equipment') == environment.getitem(l_1_e, 'id')):
            pass
            yield ' chip-active'
        yield '" href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('equipment/', environment.getitem(l_1_e, 'id'), '/', )), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getitem(l_1_e, 'name'))
        yield '</a></li>'
    l_1_e = l_1_url = missing
    yield '</ul>\n    </details>\n    <details class="filter-links">\n      <summary>Browse by movement</summary>\n      <ul class="chip-list">'
    for l_1_p in environment.getitem((undefined(name='filters') if l_0_filters is missing else l_0_filters), 'patterns'):
        l_1_url = resolve('url')
        _loop_vars = {}
        pass
        yield '<li><a class="chip'
        if (environment.getitem((undefined(name='active') if l_0_active is missing else l_0_active), 'pattern') == environment.getitem(l_1_p, 'id')):
            pass
            yield ' chip-active'
        yield '" href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('patterns/', environment.getitem(l_1_p, 'id'), '/', )), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getitem(l_1_p, 'name'))
        yield '</a></li>'
    l_1_p = l_1_url = missing
    yield '</ul>\n    </details>\n    <details class="filter-links">\n      <summary>Browse by muscle</summary>\n      <ul class="chip-list">'
    for l_1_m in environment.getitem((undefined(name='filters') if l_0_filters is missing else l_0_filters), 'muscles'):
        l_1_url = resolve('url')
        _loop_vars = {}
        pass
        yield '<li><a class="chip" href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), markup_join(('muscles/', environment.getitem(l_1_m, 'id'), '/', )), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getitem(l_1_m, 'name'))
        yield '</a></li>'
    l_1_m = l_1_url = missing
    yield '</ul>\n    </details>\n  </aside>\n  <section class="browse-list" aria-label="Exercises">\n    <p class="count">'
    yield escape(t_1((undefined(name='exercises') if l_0_exercises is missing else l_0_exercises)))
    yield ' exercise'
    yield escape(('s' if (t_1((undefined(name='exercises') if l_0_exercises is missing else l_0_exercises)) != 1) else cond_expr_undefined("the inline if-expression on line 44 in 'exercises.html' evaluated to false and no else section was defined.")))
    yield '</p>\n    '
    yield escape(context.call((undefined(name='exercise_list') if l_0_exercise_list is missing else l_0_exercise_list), (undefined(name='exercises') if l_0_exercises is missing else l_0_exercises), _block_vars=_block_vars))
    yield '\n    <p class="empty" data-filter-empty hidden>No exercise matches all three filters. Clear one to see more.</p>\n  </section>\n</div>\n'

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=27&4=49&6=51&7=53&16=59&21=69&26=83&32=97&36=112&40=127&44=138&45=142'

# Compiled from mmc.site's templates/exercises.html by python scripts/compile_templates.py; do not edit.
