"""The command line: the argparse entry point and everything the CLI prints.

- `main`: parsing, dispatch, exit statuses (bad input 2, a closed pipe 141); the
  `sessiontui` command runs it through `sessiontui.command` (a quick start and exit).
- `parser`: the options and the list of subcommands (one module each).
- `run`: no command: check the input, then run the session app;
  `mentee_choice`: the history opened and `--mentee` resolved before it starts.
- `scripts`, `mentees`, `history`, `show`, `export`, `doctor`: the subcommands
  (`history_lookup`: what the history commands share; `options`: shared options).
- `output`: every printed line goes through it, cleaned of control codes.
- `table`: aligned columns, measured with wcwidth.
"""

from sessiontui.cli.main import main

__all__ = ["main"]
