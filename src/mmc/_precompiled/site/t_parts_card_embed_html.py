from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/card_embed.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_card = resolve('card')
    l_0_exercise = resolve('exercise')
    l_0_size = resolve('size')
    l_0_url = resolve('url')
    pass
    yield '<div class="mmc mmc-embed">\n'
    yield escape(context.call((undefined(name='card') if l_0_card is missing else l_0_card), (undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), None, (undefined(name='size') if l_0_size is missing else l_0_size)))
    yield '\n<p class="mmc-embed-link"><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), markup_join(('exercises/', environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'id'), '/', ))))
    yield '">'
    yield escape(environment.getattr((undefined(name='exercise') if l_0_exercise is missing else l_0_exercise), 'name'))
    yield ': cues, set-up and mistakes</a></p>\n</div>'

blocks = {}
debug_info = '2=16&3=18'

# Compiled from mmc.site's templates/parts/card_embed.html by python scripts/compile_templates.py; do not edit.
