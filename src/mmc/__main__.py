from mmc.cli import script

script()
