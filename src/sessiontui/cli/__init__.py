"""The command line: the argparse entry point and everything the CLI prints.

- `main`: parsing, dispatch, exit statuses (bad input 2, a closed pipe 141).
- `parser`: the options and the list of subcommands (one module each).
- `run`: no command: check the input, then run the session app.
- `scripts`, `doctor`: the subcommands.
- `output`: every printed line goes through it, cleaned of control codes.
- `table`: aligned columns, measured with wcwidth.
"""

from sessiontui.cli.main import main

__all__ = ["main"]
