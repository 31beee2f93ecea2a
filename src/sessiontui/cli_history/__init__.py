"""The history commands of the command line: `mentees`, `history`, `show`, `export`.

Each module has `register(commands)` (adds its parser, sets `run`) and
`run(args, output)` (prints through `output`, returns the exit status), the
shape the `cli` package gives every subcommand.
"""
