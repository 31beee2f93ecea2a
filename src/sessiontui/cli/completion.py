"""`sessiontui completion bash|zsh`: a shell completion script, generated from the parser.

The script is made by shtab from the same argparse parser the command line
uses, so every option and subcommand completes as it is today; nothing is
written by hand. Install it once, e.g. for bash:
`sessiontui completion bash > ~/.local/share/bash-completion/completions/sessiontui`.
"""

from __future__ import annotations

import argparse

from sessiontui.cli.output import Output
from sessiontui.i18n import _

SHELLS = ("bash", "zsh")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `completion` to the command line."""
    completion = commands.add_parser(
        "completion", help=_("print a shell completion script (bash or zsh)")
    )
    completion.add_argument("shell", choices=SHELLS, help=_("the shell to complete for"))
    completion.set_defaults(run=run)


def run(args: argparse.Namespace, output: Output) -> int:
    """Print the completion script for `args.shell` on stdout."""
    # The parser lists this module among its commands: import it only when run.
    # shtab too: every start builds the parser, and only this command needs it.
    import shtab  # noqa: PLC0415

    from sessiontui.cli.parser import build_parser  # noqa: PLC0415

    output.line(shtab.complete(build_parser(), shell=args.shell).rstrip("\n"))
    return 0
