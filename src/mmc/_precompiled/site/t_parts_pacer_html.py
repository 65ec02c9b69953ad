from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/pacer.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_plans = resolve('plans')
    l_0_first = missing
    try:
        t_1 = environment.filters['forceescape']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'forceescape' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    pass
    l_0_first = environment.getitem((undefined(name='plans') if l_0_plans is missing else l_0_plans), 0)
    context.vars['first'] = l_0_first
    context.exported_vars.add('first')
    yield '<section class="pacer" id="pacer-'
    yield escape(environment.getitem((undefined(name='first') if l_0_first is missing else l_0_first), 'exercise'))
    yield '" data-pacer="'
    yield escape(t_1(t_3(context.eval_ctx, (undefined(name='plans') if l_0_plans is missing else l_0_plans))))
    yield '" aria-labelledby="pacer-'
    yield escape(environment.getitem((undefined(name='first') if l_0_first is missing else l_0_first), 'exercise'))
    yield '-heading" hidden>\n  <h2 class="pacer-title" id="pacer-'
    yield escape(environment.getitem((undefined(name='first') if l_0_first is missing else l_0_first), 'exercise'))
    yield '-heading">Tempo pacer</h2>\n  <p class="small pacer-intro">Counts each phase of every rep out loud or with a beep, counts reps and sets, and times your rest.</p>\n  <div class="pacer-settings">\n'
    if (t_2((undefined(name='plans') if l_0_plans is missing else l_0_plans)) > 1):
        pass
        yield '    <label class="pacer-field pacer-field-wide">Exercise\n      <select data-pacer-exercise>'
        l_1_loop = missing
        for l_1_plan, l_1_loop in LoopContext((undefined(name='plans') if l_0_plans is missing else l_0_plans), undefined):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(environment.getattr(l_1_loop, 'index0'))
            yield '">'
            yield escape(environment.getitem(l_1_plan, 'name'))
            yield ' ('
            yield escape(environment.getitem(l_1_plan, 'tempo'))
            yield ')</option>'
        l_1_loop = l_1_plan = missing
        yield '</select>\n    </label>\n'
    yield '    <label class="pacer-field">Sets <input type="number" inputmode="numeric" min="1" max="12" value="'
    yield escape(environment.getitem((undefined(name='first') if l_0_first is missing else l_0_first), 'sets'))
    yield '" data-pacer-sets></label>\n    <label class="pacer-field"><span data-pacer-dose>'
    yield escape(('Seconds' if (environment.getitem((undefined(name='first') if l_0_first is missing else l_0_first), 'measure') == 'seconds') else 'Reps'))
    yield escape((' each side' if environment.getitem((undefined(name='first') if l_0_first is missing else l_0_first), 'per_side') else cond_expr_undefined("the inline if-expression on line 13 in 'parts/pacer.html' evaluated to false and no else section was defined.")))
    yield '</span> <input type="number" inputmode="numeric" min="1" max="600" value="'
    yield escape(environment.getitem((undefined(name='first') if l_0_first is missing else l_0_first), 'reps'))
    yield '" data-pacer-reps></label>\n    <label class="pacer-field">Rest (s) <input type="number" inputmode="numeric" min="0" max="600" step="5" value="'
    yield escape(environment.getitem((undefined(name='first') if l_0_first is missing else l_0_first), 'rest'))
    yield '" data-pacer-rest></label>\n  </div>\n  <fieldset class="pacer-options">\n    <legend class="visually-hidden">Signals</legend>\n    <label class="pacer-toggle"><input type="checkbox" data-pacer-beep> Beep</label>\n    <label class="pacer-toggle"><input type="checkbox" data-pacer-vibrate> Vibrate</label>\n    <label class="pacer-toggle"><input type="checkbox" data-pacer-speak> Speak the cues</label>\n  </fieldset>\n  <div class="pacer-display" data-pacer-display data-state="idle">\n    <p class="pacer-count"><span data-pacer-set></span> <span data-pacer-rep></span></p>\n    <p class="pacer-now"><span class="pacer-phase" data-pacer-phase>Ready when you are</span> <span class="pacer-seconds" data-pacer-seconds aria-hidden="true"></span></p>\n    <p class="pacer-cue" data-pacer-cue></p>\n    <div class="pacer-bar" aria-hidden="true"><span data-pacer-bar></span></div>\n  </div>\n  <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-pacer-live></p>\n  <p class="pacer-note small" data-pacer-note hidden></p>\n  <div class="pacer-controls">\n    <button type="button" class="button" data-pacer-start>Start</button>\n    <button type="button" class="button button-ghost" data-pacer-stop disabled>Stop</button>\n  </div>\n</section>'

blocks = {}
debug_info = '2=31&3=35&4=41&7=43&9=47&12=60&13=62&14=67'

# Compiled from mmc.site's templates/parts/pacer.html by python scripts/compile_templates.py; do not edit.
