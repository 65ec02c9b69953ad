from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join; from mmc._precompiled import output_escape as escape
name = 'parts/site_footer.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    pass
    yield '</main>\n<footer class="site-footer">\n  <div class="wrap footer-row">\n    <p><strong>'
    yield escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '</strong> · '
    yield escape(environment.getitem((undefined(name='site') if l_0_site is missing else l_0_site), 'description'))
    yield '</p>\n    <p class="footer-note">Cues guide attention; they do not replace a coach who can see you lift. Evidence notes cite their sources on each page.</p>\n  </div>\n</footer>\n</body>\n</html>'

blocks = {}
debug_info = '4=13'

# Compiled from mmc.site's templates/parts/site_footer.html by python scripts/compile_templates.py; do not edit.
