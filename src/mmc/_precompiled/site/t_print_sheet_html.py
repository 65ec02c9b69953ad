from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'print_sheet.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_breadcrumbs = missing
    pass
    parent_template = environment.get_template('base.html', 'print_sheet.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'print_sheet.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs})
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'print_sheet.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
    context.vars['breadcrumbs'] = l_0_breadcrumbs
    context.exported_vars.discard('breadcrumbs')
    yield from parent_template.root_render_func(context)

def block_body_class(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield ' print-page'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_session = resolve('session')
    l_0_url = resolve('url')
    l_0_spec_id = resolve('spec_id')
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), ('print/', 'Print'), (None, environment.getattr((undefined(name='session') if l_0_session is missing else l_0_session), 'title'))], _block_vars=_block_vars))
    yield '\n<div class="page-head">\n  <h1>Session sheet: '
    yield escape(environment.getattr((undefined(name='session') if l_0_session is missing else l_0_session), 'title'))
    yield '</h1>\n  <p class="lead">One page for the gym bag: the activation drills, then every exercise with its sets, reps, load, tempo, rest and key cue, and boxes for the weight, reps, reps in reserve and how well you felt the target muscle (1-5).</p>\n  <p class="hero-actions no-print">\n    <a class="button" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('print/sessions/', (undefined(name='spec_id') if l_0_spec_id is missing else l_0_spec_id), '/a4.html', )), _block_vars=_block_vars))
    yield '">Open the A4 sheet</a>\n    <a class="button button-ghost" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('print/sessions/', (undefined(name='spec_id') if l_0_spec_id is missing else l_0_spec_id), '/letter.html', )), _block_vars=_block_vars))
    yield '">US Letter</a>\n    <a class="button button-ghost" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('print/sessions/', (undefined(name='spec_id') if l_0_spec_id is missing else l_0_spec_id), '/cards/', )), _block_vars=_block_vars))
    yield '">Its cue cards</a>\n  </p>\n  <p class="small no-print">Open the sheet and print it from your browser at 100% scale. <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('sessions/', (undefined(name='spec_id') if l_0_spec_id is missing else l_0_spec_id), '/', )), _block_vars=_block_vars))
    yield '">Back to the session</a>.</p>\n</div>\n<div class="sheet-frame no-print">\n  <iframe class="sheet-preview" src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('print/sessions/', (undefined(name='spec_id') if l_0_spec_id is missing else l_0_spec_id), '/a4.html', )), _block_vars=_block_vars))
    yield '" title="Preview of the A4 session sheet for '
    yield escape(environment.getattr((undefined(name='session') if l_0_session is missing else l_0_session), 'title'))
    yield '" loading="lazy"></iframe>\n</div>\n'

blocks = {'body_class': block_body_class, 'content': block_content}
debug_info = '1=13&2=16&3=24&4=34&5=46&7=48&10=50&11=52&12=54&14=56&17=58'

# Compiled from mmc.site's templates/print_sheet.html by python scripts/compile_templates.py; do not edit.
