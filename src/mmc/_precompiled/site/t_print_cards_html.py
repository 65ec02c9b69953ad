from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'print_cards.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_breadcrumbs = missing
    pass
    parent_template = environment.get_template('base.html', 'print_cards.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('macros.html', 'print_cards.html').make_module(context.get_all(), True, {'breadcrumbs': l_0_breadcrumbs})
    l_0_breadcrumbs = getattr(included_template, 'breadcrumbs', missing)
    if l_0_breadcrumbs is missing:
        l_0_breadcrumbs = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'print_cards.html') does not export the requested name 'breadcrumbs'", name='breadcrumbs')
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
    yield ' print-page sheet-page'

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_paper = resolve('paper')
    pass
    yield '<style>@page { size: '
    yield escape(('A4' if ((undefined(name='paper') if l_0_paper is missing else l_0_paper) == 'a4') else 'letter'))
    yield ' portrait; margin: 0; }</style>\n'

def block_content(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_breadcrumbs = resolve('breadcrumbs')
    l_0_heading = resolve('heading')
    l_0_exercises = resolve('exercises')
    l_0_paper = resolve('paper')
    l_0_url = resolve('url')
    l_0_papers = resolve('papers')
    l_0_back = resolve('back')
    l_0_previous = resolve('previous')
    l_0_next = resolve('next')
    l_0_card_sheet = resolve('card_sheet')
    l_0_prescriptions = resolve('prescriptions')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield escape(context.call((undefined(name='breadcrumbs') if l_0_breadcrumbs is missing else l_0_breadcrumbs), [('', 'Home'), ('print/', 'Print'), (None, (undefined(name='heading') if l_0_heading is missing else l_0_heading))], _block_vars=_block_vars))
    yield '\n<div class="page-head no-print">\n  <h1>'
    yield escape((undefined(name='heading') if l_0_heading is missing else l_0_heading))
    yield '</h1>\n  <p class="lead">'
    yield escape(t_1((undefined(name='exercises') if l_0_exercises is missing else l_0_exercises)))
    yield ' card'
    yield escape(('s' if (t_1((undefined(name='exercises') if l_0_exercises is missing else l_0_exercises)) != 1) else cond_expr_undefined("the inline if-expression on line 11 in 'print_cards.html' evaluated to false and no else section was defined.")))
    yield ', each with its back beside it. Printed, the page gives the same sheets as <code>mmc cards</code>: A6 cards on '
    yield escape(('A4' if ((undefined(name='paper') if l_0_paper is missing else l_0_paper) == 'a4') else 'US Letter'))
    yield ', fronts then their backs mirrored for a long-edge double-sided print, with crop marks.</p>\n  <p class="sheet-actions"><button type="button" class="button" data-print hidden>Print these cards</button>\n'
    if ((undefined(name='paper') if l_0_paper is missing else l_0_paper) == 'a4'):
        pass
        yield '<a class="button button-ghost" href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='papers') if l_0_papers is missing else l_0_papers), 'letter'), _block_vars=_block_vars))
        yield '">On US Letter</a>'
    else:
        pass
        yield '<a class="button button-ghost" href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='papers') if l_0_papers is missing else l_0_papers), 'a4'), _block_vars=_block_vars))
        yield '">On A4</a>'
    yield '    <a class="button button-ghost" href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='back') if l_0_back is missing else l_0_back), _block_vars=_block_vars))
    yield '">Back</a></p>\n  <p class="small">Print at 100% scale (not “fit to page”), double-sided, flipping on the long edge.</p>\n'
    if (t_2((undefined(name='previous') if l_0_previous is missing else l_0_previous)) and ((undefined(name='previous') if l_0_previous is missing else l_0_previous) or (undefined(name='next') if l_0_next is missing else l_0_next))):
        pass
        yield '<nav class="pager" aria-label="Card sheet pages">'
        if (undefined(name='previous') if l_0_previous is missing else l_0_previous):
            pass
            yield '<a rel="prev" href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='previous') if l_0_previous is missing else l_0_previous), _block_vars=_block_vars))
            yield '">Previous cards</a>'
        if ((undefined(name='previous') if l_0_previous is missing else l_0_previous) and (undefined(name='next') if l_0_next is missing else l_0_next)):
            pass
            yield ' · '
        if (undefined(name='next') if l_0_next is missing else l_0_next):
            pass
            yield '<a rel="next" href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='next') if l_0_next is missing else l_0_next), _block_vars=_block_vars))
            yield '">Next cards</a>'
        yield '</nav>'
    yield '</div>\n<div class="sheet-pages" data-paper="'
    yield escape((undefined(name='paper') if l_0_paper is missing else l_0_paper))
    yield '">\n'
    l_1_loop = missing
    for l_1_e, l_1_loop in LoopContext((undefined(name='exercises') if l_0_exercises is missing else l_0_exercises), undefined):
        _loop_vars = {}
        pass
        yield '<span class="sheet-anchor" id="card-'
        yield escape(environment.getattr(l_1_e, 'id'))
        yield '" style="--order: '
        yield escape((environment.getattr(l_1_loop, 'index0') * 2))
        yield '"></span>'
    l_1_loop = l_1_e = missing
    yield escape(context.call((undefined(name='card_sheet') if l_0_card_sheet is missing else l_0_card_sheet), (undefined(name='exercises') if l_0_exercises is missing else l_0_exercises), (undefined(name='prescriptions') if l_0_prescriptions is missing else l_0_prescriptions), 'a6', (undefined(name='paper') if l_0_paper is missing else l_0_paper), _block_vars=_block_vars))
    yield '\n</div>\n'

blocks = {'body_class': block_body_class, 'head': block_head, 'content': block_content}
debug_info = '1=13&2=16&3=24&4=34&5=44&7=47&8=78&10=80&11=82&13=88&14=99&16=101&18=119&19=122&20=131'

# Compiled from mmc.site's templates/print_cards.html by python scripts/compile_templates.py; do not edit.
