from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'card-front.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_size = resolve('size')
    l_0_ex = resolve('ex')
    l_0_title = resolve('title')
    l_0_primary = resolve('primary')
    l_0_secondary = resolve('secondary')
    l_0_map_height = resolve('map_height')
    l_0_muscle_map = resolve('muscle_map')
    l_0_tempo_strip = resolve('tempo_strip')
    l_0_rx = resolve('rx')
    l_0_timed = resolve('timed')
    l_0_tempo = resolve('tempo')
    l_0_side = resolve('side')
    l_0_cues = resolve('cues')
    l_0_safety = resolve('safety')
    pass
    yield '<section class="mmc-card mmc-card--'
    yield escape(environment.getattr((undefined(name='size') if l_0_size is missing else l_0_size), 'name'))
    yield ' mmc-card--'
    yield escape(environment.getattr((undefined(name='size') if l_0_size is missing else l_0_size), 'layout'))
    yield ' mmc-card--front" data-exercise="'
    yield escape(environment.getattr((undefined(name='ex') if l_0_ex is missing else l_0_ex), 'id'))
    yield '" data-side="front" aria-label="'
    yield escape(environment.getattr((undefined(name='ex') if l_0_ex is missing else l_0_ex), 'name'))
    yield ': cue card, front">\n<header class="mmc-card__head">\n<h2 class="mmc-card__name">'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h2>\n<p class="mmc-card__targets"><span class="mmc-nobr"><span class="mmc-swatch mmc-swatch--primary"></span>Feel it</span> in: <strong>'
    yield escape((undefined(name='primary') if l_0_primary is missing else l_0_primary))
    yield '</strong>'
    if (undefined(name='secondary') if l_0_secondary is missing else l_0_secondary):
        pass
        yield ' <span class="mmc-card__helpers"><span class="mmc-nobr"><span class="mmc-swatch mmc-swatch--secondary"></span>Helpers:</span> '
        yield escape((undefined(name='secondary') if l_0_secondary is missing else l_0_secondary))
        yield '</span>'
    yield '</p>\n</header>\n<div class="mmc-card__body">\n<div class="mmc-card__map" style="height: '
    yield escape((undefined(name='map_height') if l_0_map_height is missing else l_0_map_height))
    yield 'mm">'
    yield escape((undefined(name='muscle_map') if l_0_muscle_map is missing else l_0_muscle_map))
    yield '</div>\n<div class="mmc-card__main">\n<div class="mmc-card__tempo">'
    yield escape((undefined(name='tempo_strip') if l_0_tempo_strip is missing else l_0_tempo_strip))
    yield '</div>\n'
    if (undefined(name='rx') if l_0_rx is missing else l_0_rx):
        pass
        yield '<p class="mmc-card__rx">'
        yield escape((undefined(name='rx') if l_0_rx is missing else l_0_rx))
        if (not (undefined(name='timed') if l_0_timed is missing else l_0_timed)):
            pass
            yield ' <span class="mmc-card__tempo-code">· tempo '
            yield escape(context.call(environment.getattr((undefined(name='tempo') if l_0_tempo is missing else l_0_tempo), 'format')))
            yield '</span>'
        yield '</p>\n'
    if (undefined(name='side') if l_0_side is missing else l_0_side):
        pass
        yield '<p class="mmc-card__side">'
        yield escape((undefined(name='side') if l_0_side is missing else l_0_side))
        yield '</p>\n'
    if (undefined(name='cues') if l_0_cues is missing else l_0_cues):
        pass
        yield '<ul class="mmc-card__cues">\n'
        for (l_1_label, l_1_text) in (undefined(name='cues') if l_0_cues is missing else l_0_cues):
            _loop_vars = {}
            pass
            yield '<li><span class="mmc-card__phase">'
            yield escape(l_1_label)
            yield '</span> '
            yield escape(l_1_text)
            yield '</li>\n'
        l_1_label = l_1_text = missing
        yield '</ul>\n'
    if (undefined(name='safety') if l_0_safety is missing else l_0_safety):
        pass
        yield '<ul class="mmc-card__safety">\n'
        for l_1_note in (undefined(name='safety') if l_0_safety is missing else l_0_safety):
            _loop_vars = {}
            pass
            yield '<li><span class="mmc-card__phase">Safety</span> '
            yield escape(l_1_note)
            yield '</li>\n'
        l_1_note = missing
        yield '</ul>\n'
    yield '</div>\n</div>\n</section>'

blocks = {}
debug_info = '1=26&3=34&4=36&7=44&9=48&10=50&11=53&13=60&14=63&16=65&18=68&19=72&23=78&25=81&26=85'

# Compiled from mmc.render's templates/card-front.html by python scripts/compile_templates.py; do not edit.
