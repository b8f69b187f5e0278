from newsintel.cli import main

main()
