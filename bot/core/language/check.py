"""The catalogue check: does a language file say everything English says, with the same
variables, in valid Fluent? Used by `python -m bot languages check` and by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.core.language.catalogue import ENGLISH, LANGUAGES, LOCALES, ftl_path


class _Variables(Visitor):
    """Every `$name` a message uses (in its value, selectors and attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


@dataclass(frozen=True)
class FileContent:
    """What one `.ftl` file holds: its messages' variables, sections and syntax errors."""

    variables: dict[str, frozenset[str]]
    sections: list[str]
    syntax_errors: list[str]


def read_ftl(language: str, directory: Path = LOCALES) -> FileContent:
    """What `directory`'s file for `language` holds."""
    resource = FluentParser().parse(ftl_path(language, directory).read_text(encoding="utf-8"))
    variables: dict[str, frozenset[str]] = {}
    sections: list[str] = []
    errors: list[str] = []
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            found = _Variables()
            found.visit(entry)
            variables[entry.id.name] = frozenset(found.names)
        elif isinstance(entry, ast.GroupComment):
            sections.extend(line.strip() for line in (entry.content or "").splitlines())
        elif isinstance(entry, ast.Junk):
            errors.append(_junk_sentence(entry))
    return FileContent(variables, sections, errors)


def _junk_sentence(junk: ast.Junk) -> str:
    content = (junk.content or "").strip()
    first_line = content.splitlines()[0] if content else ""
    reason = junk.annotations[0].message if junk.annotations else "cannot be read"
    return f"syntax error: {reason}: {first_line!r}"


@dataclass
class Findings:
    """What is wrong with one language's file, compared with English."""

    language: str
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.mismatched or self.problems)

    def lines(self) -> list[str]:
        """One line per finding, for a person fixing the file."""
        return [
            *(f"missing: {message_id}" for message_id in self.missing),
            *(f"not in English (remove or rename): {message_id}" for message_id in self.extra),
            *self.mismatched,
            *self.problems,
        ]


def check_language(language: str, directory: Path = LOCALES) -> Findings:
    """Compare `language`'s file with English's (English itself: only syntax and sections)."""
    english, own = read_ftl(ENGLISH, directory), read_ftl(language, directory)
    findings = Findings(language, problems=list(own.syntax_errors))
    findings.missing = sorted(set(english.variables) - set(own.variables))
    findings.extra = sorted(set(own.variables) - set(english.variables))
    for message_id in sorted(set(english.variables) & set(own.variables)):
        expected, found = english.variables[message_id], own.variables[message_id]
        if expected != found:
            findings.mismatched.append(_mismatch(message_id, expected, found))
    if own.sections != english.sections:
        findings.problems.append(f"sections {own.sections} are not English's {english.sections}")
    return findings


def _mismatch(message_id: str, expected: frozenset[str], found: frozenset[str]) -> str:
    def listed(names: frozenset[str]) -> str:
        return ", ".join(f"${name}" for name in sorted(names)) or "none"

    return f"variables differ: {message_id}: English uses {listed(expected)}, this {listed(found)}"


def check_all(languages: tuple[str, ...] = LANGUAGES) -> list[Findings]:
    """The findings for each of `languages` (default: every file in `bot/locales`)."""
    return [check_language(language) for language in languages]
