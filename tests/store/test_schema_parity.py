"""Both engines end every migration with the same schema: tables, columns (kind of type, NOT NULL,
default, primary key) and indexes (columns, unique, partial). A new migration is checked too: a
step whose PostgreSQL translation differs from what SQLite built fails here, naming the table."""

from __future__ import annotations

from pathlib import Path

from bot.store.database import Database, open_database
from bot.store.postgres_database import VERSION_TABLE

TYPE_KINDS = {
    "integer": "integer",
    "bigint": "integer",
    "smallint": "integer",
    "text": "text",
    "real": "real",
    "double precision": "real",
    "blob": "blob",
    "bytea": "blob",
    "numeric": "numeric",
}
Column = tuple[str, str, bool, bool, bool]
"""name, kind of type, NOT NULL, has a default (or numbers itself), part of the primary key"""
Index = tuple[str, str, tuple[str, ...], bool, bool]
"""name ('' for a UNIQUE constraint's), table, columns, unique, partial"""

PG_COLUMNS = """
SELECT c.table_name, c.column_name, c.data_type, c.is_nullable = 'NO' AS not_null,
       (c.column_default IS NOT NULL OR c.is_identity = 'YES') AS has_default,
       EXISTS (SELECT 1 FROM information_schema.key_column_usage k
               JOIN information_schema.table_constraints t
                 ON t.constraint_name = k.constraint_name AND t.table_name = k.table_name
               WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name
                 AND k.column_name = c.column_name) AS in_key
FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name <> ?
"""
PG_INDEXES = """
SELECT i.relname AS name, t.relname AS tbl, ix.indisunique AS is_unique,
       ix.indpred IS NOT NULL AS partial, c.contype = 'u' AS from_constraint,
       ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true)
             FROM generate_series(1, ix.indnatts) AS k ORDER BY k) AS cols
FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace ns ON ns.oid = t.relnamespace
LEFT JOIN pg_constraint c ON c.conindid = ix.indexrelid
WHERE ns.nspname = 'public' AND NOT ix.indisprimary AND t.relname <> ?
"""


EXPRESSION = "<expression>"
"""An index on an expression (`lower(name)`): SQLite names no column for it."""


def _columns(names: list[str]) -> tuple[str, ...]:
    return tuple(EXPRESSION if "(" in name else name for name in names)


async def sqlite_schema(database: Database) -> tuple[set[Column], set[Index]]:
    tables = await database.fetch_all(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    columns: set[Column] = set()
    indexes: set[Index] = set()
    for (table,) in tables:
        rows = await database.fetch_all(f"PRAGMA table_info({table})")
        keys = sum(row["pk"] > 0 for row in rows)
        for row in rows:
            kind = TYPE_KINDS[row["type"].lower()]
            identity = keys == 1 and row["pk"] == 1 and row["type"].upper() == "INTEGER"
            has_default = row["dflt_value"] is not None or identity
            not_null = bool(row["notnull"]) or row["pk"] > 0
            columns.add((f"{table}.{row['name']}", kind, not_null, has_default, row["pk"] > 0))
        for index in await database.fetch_all(f"PRAGMA index_list({table})"):
            if index["origin"] == "pk":
                continue
            names = await database.fetch_all(f"PRAGMA index_info({index['name']})")
            name = "" if index["origin"] == "u" else index["name"]
            cols = tuple(row["name"] or EXPRESSION for row in names)
            indexes.add((name, table, cols, bool(index["unique"]), bool(index["partial"])))
    return columns, indexes


async def postgres_schema(database: Database) -> tuple[set[Column], set[Index]]:
    columns = {
        (
            f"{r['table_name']}.{r['column_name']}",
            TYPE_KINDS[r["data_type"]],
            r["not_null"],
            r["has_default"],
            r["in_key"],
        )
        for r in await database.fetch_all(PG_COLUMNS, (VERSION_TABLE,))
    }
    indexes = {
        (
            "" if r["from_constraint"] else r["name"],
            r["tbl"],
            _columns(r["cols"]),
            r["is_unique"],
            r["partial"],
        )
        for r in await database.fetch_all(PG_INDEXES, (VERSION_TABLE,))
    }
    return columns, indexes


async def test_both_engines_build_the_same_schema(tmp_path: Path, postgres_url: str) -> None:
    async with open_database(tmp_path / "findvideo.db") as sqlite:
        expected = await sqlite_schema(sqlite)
    async with open_database(postgres_url) as postgres:
        found = await postgres_schema(postgres)

    assert sorted(found[0]) == sorted(expected[0])
    assert sorted(found[1]) == sorted(expected[1])
    assert len(expected[0]) > 50, "every table's columns were compared"
