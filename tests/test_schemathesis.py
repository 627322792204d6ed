"""Property-based requests generated from /openapi.json against the ASGI app over a real
store: no generated request, valid or not, may make the server fail (5xx), and every
response must match the documented status codes and shapes.

Examples are bounded so the module stays well under a minute."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from webcorpus import copy_store, shared_store

from tidings.api import create_app
from tidings.api.settings import WebSettings
from tidings.config import Settings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=UserWarning)
    import schemathesis
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

TOKEN = "schema-test-token"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    db: Path = copy_store(shared_store(tmp_path_factory), tmp_path_factory.mktemp("schema"))
    # A writable server, but requests here carry no token: POST /api/documents answers 401
    # without running the pipeline, which keeps the generated examples fast.
    application = create_app(Settings(), web=WebSettings(db=str(db), token=TOKEN))
    yield application
    application.state.backend.close()


def test_api_never_fails_on_generated_requests(app: Any) -> None:
    from hypothesis import given

    api = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 10
    statuses: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True)
        def check(case: Any) -> None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # the ASGI client's own deprecation notices
                response = case.call_and_validate(
                    checks=[not_a_server_error, status_code_conformance, response_schema_conformance]
                )
            statuses.append(response.status_code)

        check()
    assert len(statuses) >= 2 * len(operations)
    assert {200, 422} <= set(statuses)  # both valid and refused requests were generated
