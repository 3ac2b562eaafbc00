"""One family of errors and warnings, so a caller can catch everything the library raises on purpose."""

from __future__ import annotations

import pytest

from q7x2lib import errors


@pytest.mark.parametrize("name", [n for n in dir(errors) if n.endswith("Error") and n != "Q7x2Error"])
def test_every_error_is_a_q7x2error(name: str) -> None:
    assert issubclass(getattr(errors, name), errors.Q7x2Error)


def test_warnings_are_user_warnings() -> None:
    assert issubclass(errors.Q7x2Warning, UserWarning)
