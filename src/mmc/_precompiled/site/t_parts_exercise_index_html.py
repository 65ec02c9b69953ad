from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/exercise_index.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_heading = resolve('heading')
    l_0_lead = resolve('lead')
    l_0_exercises = resolve('exercises')
    l_0_exercise_list = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    included_template = environment.get_template('macros.html', 'parts/exercise_index.html').make_module(context.get_all(), True, {'exercise_list': l_0_exercise_list})
    l_0_exercise_list = getattr(included_template, 'exercise_list', missing)
    if l_0_exercise_list is missing:
        l_0_exercise_list = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'parts/exercise_index.html') does not export the requested name 'exercise_list'", name='exercise_list')
    context.vars['exercise_list'] = l_0_exercise_list
    context.exported_vars.discard('exercise_list')
    yield '<div class="page-head">\n  <h1>'
    yield escape((undefined(name='heading') if l_0_heading is missing else l_0_heading))
    yield '</h1>\n'
    if (undefined(name='lead') if l_0_lead is missing else l_0_lead):
        pass
        yield '<p class="lead">'
        yield escape((undefined(name='lead') if l_0_lead is missing else l_0_lead))
        yield '</p>'
    yield '</div>\n<p class="count">'
    yield escape(t_1((undefined(name='exercises') if l_0_exercises is missing else l_0_exercises)))
    yield ' exercise'
    yield escape(('s' if (t_1((undefined(name='exercises') if l_0_exercises is missing else l_0_exercises)) != 1) else cond_expr_undefined("the inline if-expression on line 6 in 'parts/exercise_index.html' evaluated to false and no else section was defined.")))
    yield '</p>\n'
    yield escape(context.call((undefined(name='exercise_list') if l_0_exercise_list is missing else l_0_exercise_list), (undefined(name='exercises') if l_0_exercises is missing else l_0_exercises)))

blocks = {}
debug_info = '1=21&3=28&4=30&6=36&7=40'

# Compiled from mmc.site's templates/parts/exercise_index.html by python scripts/compile_templates.py; do not edit.
