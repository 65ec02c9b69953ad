from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'session-sheet.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_session = resolve('session')
    l_0_page_size = resolve('page_size')
    l_0_css = resolve('css')
    l_0_paper = resolve('paper')
    l_0_pages = resolve('pages')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>'
    yield escape(environment.getattr((undefined(name='session') if l_0_session is missing else l_0_session), 'title'))
    yield '</title>\n<meta name="generator" content="mmc">\n<style>\n@page { size: '
    yield escape((undefined(name='page_size') if l_0_page_size is missing else l_0_page_size))
    yield ' portrait; margin: 8mm 10mm; }\n'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '\n</style>\n</head>\n<body class="mmc-session mmc-session--'
    yield escape((undefined(name='paper') if l_0_paper is missing else l_0_paper))
    yield '">\n'
    l_1_loop = missing
    for l_1_page, l_1_loop in LoopContext((undefined(name='pages') if l_0_pages is missing else l_0_pages), undefined):
        l_1_meta = resolve('meta')
        l_1_drills = resolve('drills')
        l_1_drill_minutes = resolve('drill_minutes')
        _loop_vars = {}
        pass
        yield '<div class="mmc-session__page" data-page="'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '">\n<header class="mmc-session__head">\n<div class="mmc-session__title">\n<h1>'
        yield escape(environment.getattr((undefined(name='session') if l_0_session is missing else l_0_session), 'title'))
        yield '</h1>\n<p class="mmc-session__meta">'
        yield escape((undefined(name='meta') if l_1_meta is missing else l_1_meta))
        if (t_1((undefined(name='pages') if l_0_pages is missing else l_0_pages)) > 1):
            pass
            yield ' · page '
            yield escape(environment.getattr(l_1_loop, 'index'))
            yield ' of '
            yield escape(t_1((undefined(name='pages') if l_0_pages is missing else l_0_pages)))
        yield '</p>\n</div>\n<div class="mmc-session__fill">\n<span class="mmc-field">Date <span class="mmc-line"></span></span>\n<span class="mmc-field">Energy 1-5 <span class="mmc-line mmc-line--short"></span></span>\n</div>\n</header>\n'
        if (environment.getattr(l_1_loop, 'first') and (undefined(name='drills') if l_1_drills is missing else l_1_drills)):
            pass
            yield '<section class="mmc-drills" aria-label="Activation">\n<h2>Before you lift <span class="mmc-muted">('
            yield escape((undefined(name='drill_minutes') if l_1_drill_minutes is missing else l_1_drill_minutes))
            yield ' min, no weight):</span></h2>\n<ul class="mmc-drills--'
            yield escape(t_1((undefined(name='drills') if l_1_drills is missing else l_1_drills)))
            yield '">\n'
            for (l_2_name, l_2_minutes) in (undefined(name='drills') if l_1_drills is missing else l_1_drills):
                l_2_drill_width = resolve('drill_width')
                _loop_vars = {}
                pass
                yield '<li style="width: '
                yield escape((undefined(name='drill_width') if l_2_drill_width is missing else l_2_drill_width))
                yield '"><span class="mmc-tick" aria-hidden="true"></span>'
                yield escape(l_2_name)
                if l_2_minutes:
                    pass
                    yield ' <span class="mmc-muted">'
                    yield escape(l_2_minutes)
                    yield ' min</span>'
                yield '</li>\n'
            l_2_name = l_2_minutes = l_2_drill_width = missing
            yield '</ul>\n</section>\n'
        yield '<p class="mmc-key">Each set: <b>weight</b> lifted · <b>reps</b> done · <b>RIR</b> = reps left in the tank (0-4) · <b>Feel</b>: circle 1 (not felt) to 5 (felt only the target muscle)</p>\n<div class="mmc-items">\n'
        for l_2_item in l_1_page:
            _loop_vars = {}
            pass
            yield '<section class="mmc-item" data-exercise="'
            yield escape(environment.getattr(l_2_item, 'id'))
            yield '">\n<h2><span class="mmc-num">'
            yield escape(environment.getattr(l_2_item, 'number'))
            yield '</span>'
            yield escape(environment.getattr(l_2_item, 'name'))
            yield '</h2>\n<p class="mmc-rx"><b>'
            yield escape(environment.getattr(l_2_item, 'sets'))
            yield ' × '
            yield escape(environment.getattr(l_2_item, 'reps'))
            yield '</b> · '
            yield escape(environment.getattr(l_2_item, 'load'))
            yield ' · rest '
            yield escape(environment.getattr(l_2_item, 'rest'))
            yield '</p>\n<p class="mmc-tempo">'
            yield escape(environment.getattr(l_2_item, 'tempo'))
            yield '</p>\n'
            if environment.getattr(l_2_item, 'safety'):
                pass
                yield '<p class="mmc-safety"><span aria-hidden="true">⚠</span> <b>Safety:</b> '
                yield escape(environment.getattr(l_2_item, 'safety'))
                if environment.getattr(l_2_item, 'safety_more'):
                    pass
                    yield ' <span class="mmc-muted">(+'
                    yield escape(environment.getattr(l_2_item, 'safety_more'))
                    yield ' more in the plan)</span>'
                yield '</p>\n'
            if environment.getattr(l_2_item, 'cue'):
                pass
                yield '<p class="mmc-cue">“'
                yield escape(environment.getattr(l_2_item, 'cue'))
                yield '”</p>\n'
            else:
                pass
                yield '<p class="mmc-cue"></p>\n'
            for l_3_group in environment.getattr(l_2_item, 'set_groups'):
                _loop_vars = {}
                pass
                yield '<table class="mmc-log">\n<thead><tr><th scope="col" class="mmc-log__label">Set</th>'
                for l_4_n in l_3_group:
                    _loop_vars = {}
                    pass
                    yield '<th scope="col">'
                    yield escape(l_4_n)
                    yield '</th>'
                l_4_n = missing
                yield '</tr></thead>\n<tbody>\n<tr><th scope="row" class="mmc-log__label">Weight</th>'
                for l_4_n in l_3_group:
                    _loop_vars = {}
                    pass
                    yield '<td></td>'
                l_4_n = missing
                yield '</tr>\n<tr><th scope="row" class="mmc-log__label">Reps</th>'
                for l_4_n in l_3_group:
                    _loop_vars = {}
                    pass
                    yield '<td></td>'
                l_4_n = missing
                yield '</tr>\n<tr><th scope="row" class="mmc-log__label">RIR</th>'
                for l_4_n in l_3_group:
                    _loop_vars = {}
                    pass
                    yield '<td></td>'
                l_4_n = missing
                yield '</tr>\n<tr class="mmc-log__feel"><th scope="row" class="mmc-log__label">Feel</th>'
                for l_4_n in l_3_group:
                    _loop_vars = {}
                    pass
                    yield '<td>'
                    if environment.getattr(l_2_item, 'scale'):
                        pass
                        yield '<span class="mmc-scale mmc-scale--'
                        yield escape(environment.getattr(l_2_item, 'scale_size'))
                        yield '"><span>1</span> <span>2</span> <span>3</span> <span>4</span> <span>5</span></span>'
                    yield '</td>'
                l_4_n = missing
                yield '</tr>\n</tbody>\n</table>\n'
            l_3_group = missing
            yield '</section>\n'
        l_2_item = missing
        yield '</div>\n</div>\n'
    l_1_loop = l_1_page = l_1_meta = l_1_drills = l_1_drill_minutes = missing
    yield '</body>\n</html>'

blocks = {}
debug_info = '5=23&8=25&9=27&12=29&13=32&14=39&17=41&18=43&25=51&27=54&28=56&29=58&30=63&37=75&38=79&39=81&40=85&41=93&42=95&43=98&45=105&46=108&50=113&52=117&54=125&55=131&56=137&57=143'

# Compiled from mmc.render's templates/session-sheet.html by python scripts/compile_templates.py; do not edit.
