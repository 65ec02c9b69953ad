from mmc.cli import main

main()
