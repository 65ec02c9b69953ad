from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'exercise.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_exercise = resolve('exercise')
    l_0_exercise_list = l_0_muscle_chip = l_0_breadcrumbs = l_0_e = missing
    pass
    parent_template = environment.get_template('base.html', 'exercise.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'exercise.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'e': l_0_e, 'exercise_list': l_0_exercise_list, 'muscle_chip': l_0_muscle_chip})
    l_0_exercise_list = getattr(included_template, 'exercise_list', missing)
    if l_0_exercise_list is missing:
        l_0_exercise_list = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'exercise.html') does not export the requested name 'exercise_list'", name='exercise_list')
    l_0_muscle_chip = getattr(included_template, 'muscle_chip', missing)
    if l_0_muscle_chip is missing:
        l_0_muscle_chip = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'exercise.html') does not export the requested name 'muscle_chip'", name='muscle_chip')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'exercise.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'exercise_list': l_0_exercise_list, 'muscle_chip': l_0_muscle_chip, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('exercise_list', 'muscle_chip', 'breadcrumbs'))
    l_0_e = (undefined(name='exercise') if l_0_exercise is missing else l_0_exercise)
    context.vars['e'] = l_0_e
    context.exported_vars.add('e')
    yield from parent_template.root_render_func(context)

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_e = resolve('e')
    l_0_muscles = resolve('muscles')
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))
    yield ': mind-muscle cues, tempo and set-up'
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'primary'):
        pass
        yield ' for the '
        yield escape((t_1(environment.getitem(environment.getitem((undefined(name='muscles') if l_0_muscles is missing else l_0_muscles), environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'primary'), 0)), 'name')) if (environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'primary'), 0) in (undefined(name='muscles') if l_0_muscles is missing else l_0_muscles)) else environment.getitem(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'primary'), 0)))
    yield '.'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_e = resolve('e')
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), ('exercises/', 'Exercises'), (None, environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'name'))], _block_vars=_block_vars))
    yield '\n'
    template = environment.get_template('parts/exercise.html', 'exercise.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'description': block_description, 'content': block_content}
debug_info = '1=14&2=17&3=29&4=34&5=58&6=68&7=70'

# Compiled from mmc.site's templates/exercise.html by python scripts/compile_templates.py; do not edit.
