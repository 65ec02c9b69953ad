from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'muscle.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_muscle = resolve('muscle')
    l_0_exercise_list = l_0_muscle_chip = l_0_drill_tile = l_0_breadcrumbs = l_0_m = missing
    pass
    parent_template = environment.get_template('base.html', 'muscle.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'muscle.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'drill_tile': l_0_drill_tile, 'exercise_list': l_0_exercise_list, 'm': l_0_m, 'muscle_chip': l_0_muscle_chip})
    l_0_exercise_list = getattr(included_template, 'exercise_list', missing)
    if l_0_exercise_list is missing:
        l_0_exercise_list = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'muscle.html') does not export the requested name 'exercise_list'", name='exercise_list')
    l_0_muscle_chip = getattr(included_template, 'muscle_chip', missing)
    if l_0_muscle_chip is missing:
        l_0_muscle_chip = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'muscle.html') does not export the requested name 'muscle_chip'", name='muscle_chip')
    l_0_drill_tile = getattr(included_template, 'drill_tile', missing)
    if l_0_drill_tile is missing:
        l_0_drill_tile = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'muscle.html') does not export the requested name 'drill_tile'", name='drill_tile')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'muscle.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'exercise_list': l_0_exercise_list, 'muscle_chip': l_0_muscle_chip, 'drill_tile': l_0_drill_tile, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('exercise_list', 'muscle_chip', 'drill_tile', 'breadcrumbs'))
    l_0_m = (undefined(name='muscle') if l_0_muscle is missing else l_0_muscle)
    context.vars['m'] = l_0_m
    context.exported_vars.add('m')
    yield from parent_template.root_render_func(context)

def block_description(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_m = resolve('m')
    pass
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'name'))
    yield ' ('
    yield escape(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'latin'))
    yield '): how to flex it, where to feel it, and the exercises that train it.'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_parent = resolve('parent')
    l_0_m = resolve('m')
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), (([('', 'Home'), ('muscles/', 'Muscles')] + ([(markup_join(('muscles/', environment.getattr((undefined(name='parent') if l_0_parent is missing else l_0_parent), 'id'), '/', )), environment.getattr((undefined(name='parent') if l_0_parent is missing else l_0_parent), 'name'))] if (undefined(name='parent') if l_0_parent is missing else l_0_parent) else [])) + [(None, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'name'))]), _block_vars=_block_vars))
    yield '\n'
    template = environment.get_template('parts/muscle.html', 'muscle.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'description': block_description, 'content': block_content}
debug_info = '1=14&2=17&3=32&4=37&5=51&6=62&7=64'

# Compiled from mmc.site's templates/muscle.html by python scripts/compile_templates.py; do not edit.
