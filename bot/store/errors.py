"""What can go wrong with the database, the same whichever engine holds it.

Stores and callers catch these, never `sqlite3` or `asyncpg` errors: each engine's adapter turns
its driver's errors into them.
"""

from __future__ import annotations


class DatabaseError(Exception):
    """The database cannot be used; the message says why, for the operator."""


class QueryError(DatabaseError):
    """One statement failed (the database itself may be fine)."""


class ConstraintError(QueryError):
    """A write broke a constraint (a unique index, a key): the message names it."""


class DatabaseUnreachableError(QueryError):
    """The database server cannot be reached right now (or did not answer in time)."""
