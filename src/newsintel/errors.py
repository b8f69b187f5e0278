"""One error tree for the library. Messages say what went wrong and what to do about it.

The library raises these; the CLI, the REST API and the web pages only translate them
(a one-line message and an exit code, or a JSON error with a status code).
"""

from __future__ import annotations

import re

# user:password@ in a URL (postgresql://user:secret@host/db): the password is never shown.
_CREDENTIALS = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^:/@\s]*):(?P<password>[^@\s]+)@")


def mask_credentials(text: str) -> str:
    """`text` with the password of every URL in it replaced by ***."""
    return _CREDENTIALS.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)


class NewsintelError(Exception):
    """Base class. `code` is stable and greppable; `path` names the file or document at fault."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        prefix = f"{self.path}: " if self.path else ""
        return mask_credentials(f"{prefix}{self.message} [{self.code}]")

    def __reduce__(self):
        # Subclasses take other constructor arguments; rebuild from the attributes instead, so
        # errors cross process boundaries (worker processes, Dask) intact.
        return (_rebuild_error, (type(self), self.args, self.__dict__.copy()))


def _rebuild_error(cls: type[NewsintelError], args: tuple[object, ...], state: dict[str, object]) -> NewsintelError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(NewsintelError):
    """A document could not be read: missing, empty, binary, not UTF-8, too large."""

    code = "E100"


class ConfigError(NewsintelError):
    """A bad option or a bad combination of options."""

    code = "E200"


class ModelNotFound(NewsintelError):
    """The spaCy model asked for is not installed."""

    code = "E300"


class DictionaryError(NewsintelError):
    """A data file (actor dictionary, cue lexicon, verb patterns) is malformed."""

    code = "E400"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message, path=path)
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        prefix = f"{where}: " if where else ""
        return mask_credentials(f"{prefix}{self.message} [{self.code}]")


class MissingDependency(NewsintelError):
    """An optional dependency is not installed; the message names the install line."""

    code = "E500"

    def __init__(self, package: str, extra: str | None) -> None:
        install = f'pip install "newsintel[{extra}]"' if extra else "reinstall newsintel (pip install newsintel)"
        super().__init__(f"this feature needs the '{package}' package: {install}")
        self.package = package
        self.extra = extra


class StoreError(NewsintelError):
    """The corpus database could not be opened or written."""

    code = "E600"


class StageError(NewsintelError):
    """A pipeline stage failed on one document; names the stage and the document."""

    code = "E700"
    document_id: str | None = None  # set by callers that know it (the corpus store keys on it)

    def __init__(self, stage: str, document: str, cause: BaseException) -> None:
        super().__init__(f"stage '{stage}' failed: {type(cause).__name__}: {cause}", path=document)
        self.stage = stage
        self.cause = cause


class Interrupted(NewsintelError):
    """A run stopped by a signal (SIGINT, SIGTERM); what was stored is whole and resumable."""

    code = "E800"

    def __init__(self, message: str, *, signal_number: int = 2) -> None:
        super().__init__(message)
        self.signal_number = signal_number

    @property
    def exit_code(self) -> int:
        return 128 + self.signal_number  # what shells report for a process a signal ended
