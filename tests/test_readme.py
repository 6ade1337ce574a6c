"""The README documents every command a user can run (sqlite-utils' test_docs idea)."""

from pathlib import Path

from reader.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _subcommands() -> list[str]:
    parser = build_parser()
    (action,) = [a for a in parser._subparsers._group_actions]  # argparse keeps them here
    return sorted(action.choices)


def test_every_cli_command_is_in_the_readme():
    missing = [name for name in _subcommands() if f"-m reader {name}" not in README]
    assert not missing, f"undocumented commands: {missing}"


def test_every_option_of_every_command_is_in_the_readme():
    parser = build_parser()
    (action,) = parser._subparsers._group_actions
    missing = []
    for name, sub in action.choices.items():
        for option in sub._actions:
            for flag in option.option_strings:
                if flag.startswith("--") and flag != "--help" and flag not in README:
                    missing.append(f"{name} {flag}")
    assert not missing, f"undocumented options: {missing}"


def test_readme_gives_the_two_commands():
    assert ".venv/bin/python main.py" in README
    assert ".venv/bin/python -m pytest" in README


def test_ci_runs_the_readme_test_command_verbatim():
    test_command = next(
        line.strip() for line in README.splitlines() if "pytest" in line and line.startswith("    python3")
    )
    ci_script = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci_script
