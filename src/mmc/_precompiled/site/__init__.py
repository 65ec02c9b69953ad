"""mmc.site's templates, compiled to Python by python scripts/compile_templates.py; do not edit."""

PACKAGE = 'mmc.site'
JINJA = '3.1.6'
SETTINGS = '9209afa3dd871d61eb3d454e00f3705d970fa626573d28e97b775c4f23b93d2f'
TEMPLATES = {
    '404.html': ('t_404_html', '0969cce20a54c9db2728eb873dff787cc7af52c1bdc8c832b91b47ced6610cd7'),
    'base.html': ('t_base_html', '913337cb01880a94a740069ae1f9bb580d80e56661938fbd47c18e693e5e8dfa'),
    'drill.html': ('t_drill_html', 'f2fb87c277d12afc30bf79959f816f8a42b5ceb86189254f6d53a8034f454012'),
    'drills.html': ('t_drills_html', '60f392dd112a2b2a3b3790dbb2d670c8ccc15e57b3e1503eb0530aedb4ce61e3'),
    'exercise.html': ('t_exercise_html', 'cc161ae3661ddba08da73ccedd3f5d11d8bcfb962e638beb711683d454d938c8'),
    'exercises.html': ('t_exercises_html', 'ca9d4c1f64698daa3c1633a8e8e3939abd47ba5a4759138c6358ffe3dc35518e'),
    'guide.html': ('t_guide_html', '40dfd4f932536d46c6ed0a49e295562d66fc6204a34b71769d8caaa62ca7651f'),
    'index.html': ('t_index_html', 'f9caa9596953d4117387962a42dfd10521db44aa76fcfbe87d193a386abe3e31'),
    'macros.html': ('t_macros_html', '272bead630661d6383b46f185655879035fc04fb4544561d6db287f7f286e772'),
    'muscle.html': ('t_muscle_html', 'd508008410c6eee80936b1a55f24b9817471b339b2b1ad7c3297cde3e3542159'),
    'muscles.html': ('t_muscles_html', '7e78b149025441865b0e6f7b8e54a0fa35cb14511077faed3133aa01559874bc'),
    'parts/card_embed.html': ('t_parts_card_embed_html', '7c37d02a0c2011c022b5804938c07e3d5a059a6ddf6c1e7bf91f08dce87fe018'),
    'parts/docs_home.html': ('t_parts_docs_home_html', '2fff4726f49a13d72c7bc1747d727366a8000bbab42ee8fc6385a199822dcc5b'),
    'parts/drill.html': ('t_parts_drill_html', '84f3c4447d35e534175a85a2049fa288d390e72c4e16a84a1134f3a45371f609'),
    'parts/drills.html': ('t_parts_drills_html', '382038adf2432587a5ab2556dc3cf0354877e14ab1b93dec04c2ca3c9ee14cdb'),
    'parts/exercise.html': ('t_parts_exercise_html', '50ed4c5544423b3668fb6fa37f07759a39a1a5f034b2337627f089559a8a3ed1'),
    'parts/exercise_index.html': ('t_parts_exercise_index_html', 'd42f881f58fcff733f041753c036a53db27408a5ebf7f6b7ad8bd0b5d8352527'),
    'parts/guide.html': ('t_parts_guide_html', '6bea38159130cc3db5b4a2b7cce9800f4fdfb5d7e7018677c8ffb8b5c52c99d5'),
    'parts/head_links.html': ('t_parts_head_links_html', '2565ae21c048ce33d9be1e4bb3f5af4d8bce4be4c89bb550d67b87c1f9a04b48'),
    'parts/head_scripts.html': ('t_parts_head_scripts_html', '33d136c72f51109adc3b6a27bfb27ded0953cedd05eea972d808ce2f347b06bc'),
    'parts/muscle.html': ('t_parts_muscle_html', 'b1cb0527c3b74b3a4b5e4ebe80372ddd6c5c528ca100ee764b4f892979b4ff9a'),
    'parts/muscles.html': ('t_parts_muscles_html', '9dfa1961c64277806ec5067717016f757b63e80cb74ef02ab15517fb1337ceb0'),
    'parts/pacer.html': ('t_parts_pacer_html', '1920244399df44ef8653dc1eb9b093ecc6d2a9578ddbc3d0d516c367bdd44606'),
    'parts/site_footer.html': ('t_parts_site_footer_html', '4cbeef05430e86850866777dab8062bc99aded31660a851101b534f8fd25d0fa'),
    'parts/site_header.html': ('t_parts_site_header_html', '070b0f189a2058199eb1b50d539dd80bb2b77ba9d80853293a2867c8bd69b736'),
    'print_cards.html': ('t_print_cards_html', '37972abcef9671c3bc812248bbe4f4e21665ff6fb9231e588dea19e50c34e5a5'),
    'print_index.html': ('t_print_index_html', '4ea42136c2de2a31864c1b02713ae43b440b2d5ff614ac24a4d2339a7efa090f'),
    'print_sheet.html': ('t_print_sheet_html', '86143cd6a8be0fb479a11e0677ce14b9ee7020abab77db9558a157405b335356'),
    'search.html': ('t_search_html', '1ab985117592748664dd5805bffadfd1e46d565a09451f3de1a9f220faa28bbd'),
    'session.html': ('t_session_html', '89cfdb125c35d60df380c3f11f7ecc456bee28addb10914bfc0798aaf057d62a'),
    'sessions.html': ('t_sessions_html', 'ebcb3e937c1b2607f6ec7ac7ed8178c4ab5fa158bc40c3877cc09b3e80c1c913'),
}
