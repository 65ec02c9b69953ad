"""mmc.render's templates, compiled to Python by python scripts/compile_templates.py; do not edit."""

PACKAGE = 'mmc.render'
JINJA = '3.1.6'
SETTINGS = 'd728b876d87b811eeed17f80014b8430dd94f26ebe16415a591678c73c7a0810'
TEMPLATES = {
    'card-back.html': ('t_card_back_html', 'fa03d3bdfb9981cdd9aa53a2db90f23d64a32cd874d0d8af028b4aee1359aa21'),
    'card-front.html': ('t_card_front_html', 'ec0d11c4e4f6fdf64fee4f91852cf3aa438b9014aa28f8c2427bee332a2b7a87'),
    'card-sheet-pages.html': ('t_card_sheet_pages_html', 'f7104cdcdc8163f28848b32d75884f4a4ba33a900bf67cbc15dcabba9e276fd1'),
    'card-sheet.html': ('t_card_sheet_html', 'b49e6d50d1c23b061801e2e61a716fb99ca43873addda82fc6a623ead1c14585'),
    'session-sheet.html': ('t_session_sheet_html', '73eeb31626764d9fbb94f273002063cea8a927fc63e4534084da6eb497b9c129'),
}
