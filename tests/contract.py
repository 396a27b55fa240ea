"""The project's own description of the memories.ai contract (contracts/memories-api.json), as
JSON Schema validators. It lives in the repository: tests never read anything outside it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

CONTRACT_PATH = Path(__file__).resolve().parents[1] / "contracts" / "memories-api.json"
CONTRACT_URI = "urn:findvideo:contracts:memories-api"


@cache
def contract() -> Mapping[str, Any]:
    """The whole OpenAPI document."""
    return json.loads(CONTRACT_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def schemas() -> Mapping[str, Any]:
    return contract()["components"]["schemas"]  # type: ignore[no-any-return]


@cache
def _registry() -> Registry[Any]:
    resource = Resource.from_contents(contract(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(CONTRACT_URI, resource)
    return registry


def validator(name: str) -> Draft202012Validator:
    """A validator for `components.schemas[name]`, its `$ref`s resolved within the contract."""
    Draft202012Validator.check_schema(schemas()[name])
    reference = {"$ref": f"{CONTRACT_URI}#/components/schemas/{name}"}
    return Draft202012Validator(reference, registry=_registry())


def operation(path: str, method: str) -> Mapping[str, Any]:
    return contract()["paths"][path][method]  # type: ignore[no-any-return]
