"""The project's own files: pins in step, layout as documented."""

from __future__ import annotations

import re
import tomllib

import yaml

from q7x2lib import config

ROOT = config.PROJECT_ROOT


def _pins(specs: list[str]) -> dict[str, str]:
    out = {}
    for spec in specs:
        m = re.fullmatch(r"([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*==\s*(\S+)", spec.strip())
        assert m, f"not an exact pin: {spec!r}"
        out[m.group(1).lower()] = m.group(2)
    return out


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_environment_yml_and_pyproject_pin_the_same_packages() -> None:
    project = _pyproject()["project"]
    wanted = _pins(project["dependencies"] + project["optional-dependencies"]["test"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    listed = _pins([s for s in pip_section if not s.startswith("-e")])
    assert listed == wanted
    assert any(s.startswith("-e .") for s in pip_section), "environment.yml must install the project itself"
    assert "python=3.11" in env["dependencies"]


def test_required_packages_are_direct_dependencies() -> None:
    project = _pyproject()["project"]
    names = set(_pins(project["dependencies"] + project["optional-dependencies"]["test"]))
    assert {"jupyterlab", "pandas", "matplotlib", "arabic-reshaper", "python-bidi", "nbval"} <= names


def test_lock_file_agrees_with_direct_pins() -> None:
    lock = {}
    for line in (ROOT / "requirements" / "lock.txt").read_text().splitlines():
        name, _, version = line.partition("==")
        lock[name.lower().replace("_", "-")] = version
    for name, version in _pins(_pyproject()["project"]["dependencies"]).items():
        assert lock.get(name.replace("_", "-")) == version, name


def test_ci_runs_make_test() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    assert "make test" in script and "set -e" in script
