from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'drills.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_drill_tile = l_0_breadcrumbs = missing
    pass
    parent_template = environment.get_template('base.html', 'drills.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'drills.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs, 'drill_tile': l_0_drill_tile})
    l_0_drill_tile = getattr(included_template, 'drill_tile', missing)
    if l_0_drill_tile is missing:
        l_0_drill_tile = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'drills.html') does not export the requested name 'drill_tile'", name='drill_tile')
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'drills.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars.update({'drill_tile': l_0_drill_tile, 'breadcrumbs': l_0_breadcrumbs})
    context.exported_vars.difference_update(('drill_tile', 'breadcrumbs'))
    yield from parent_template.root_render_func(context)

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), (None, 'Drills')], _block_vars=_block_vars))
    yield '\n'
    template = environment.get_template('parts/drills.html', 'drills.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'content': block_content}
debug_info = '1=13&2=16&3=27&4=36&5=38'

# Compiled from mmc.site's templates/drills.html by python scripts/compile_templates.py; do not edit.
