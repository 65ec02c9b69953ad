"""An example mmc content pack: kettlebell exercises with mind-muscle cues.

mmc finds it through the ``mmc.packs`` entry point in ``pyproject.toml``, which names this
package; the content lives in ``content/`` next to this file.
"""

__version__ = "0.1.0"
