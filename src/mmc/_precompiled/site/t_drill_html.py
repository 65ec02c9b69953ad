from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'drill.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_drill = resolve('drill')
    l_0_muscle_chip = l_0_breadcrumbs = l_0_d = missing
    pass
    parent_template = environment.get_template('base.html', 'drill.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'drill.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'd': l_0_d, 'muscle_chip': l_0_muscle_chip})
    l_0_muscle_chip = getattr(included_template, 'muscle_chip', missing)
    if l_0_muscle_chip is missing:
        l_0_muscle_chip = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'drill.html') does not export the requested name 'muscle_chip'", name='muscle_chip')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'drill.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'muscle_chip': l_0_muscle_chip, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('muscle_chip', 'breadcrumbs'))
    l_0_d = (undefined(name='drill') if l_0_drill is missing else l_0_drill)
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_d = resolve('d')
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), ('drills/', 'Drills'), (None, environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'name'))], _block_vars=_block_vars))
    yield '\n'
    template = environment.get_template('parts/drill.html', 'drill.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'content': block_content}
debug_info = '1=14&2=17&3=26&4=31&5=41&6=43'

# Compiled from mmc.site's templates/drill.html by python scripts/compile_templates.py; do not edit.
