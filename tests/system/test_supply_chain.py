"""The image's supply chain, checked as far as this machine can: requirements.lock is complete
(every dependency of every locked package is locked, at a version its dependants accept), its
torch hash is the hash of the CPU wheel pip picks here, and it says how it was made.

Not checked here (no Docker engine, no route to PyPI's neighbours): that the base image digest
names the python:3.11-slim image it claims, and that PyTorch's CPU index serves the same bytes as
the wheel this machine holds (README, "Docker").
"""
from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import os
import re
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.tags import sys_tags
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

from conftest import REPO

LOCK = REPO / "requirements.lock"


def locked() -> dict[str, tuple[str, set[str]]]:
    """{canonical name: (version, {sha256, ...})} of requirements.lock."""
    text = LOCK.read_text()
    entries = {}
    for match in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)((?:\s*\\\n\s*--hash=sha256:[0-9a-f]{64})*)", text, re.M):
        entries[canonicalize_name(match.group(1))] = (match.group(2), set(re.findall(r"[0-9a-f]{64}", match.group(3))))
    return entries


def direct_requirements() -> list[Requirement]:
    lines = (REPO / "requirements.txt").read_text().splitlines()
    return [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]


def test_every_requirement_and_every_dependency_of_a_locked_package_is_locked():
    """Walks the dependency graph from requirements.txt through the metadata of the installed
    distributions (the venv holds the locked versions); each requirement met must be in the lock
    at a version that satisfies it, with hashes (pip --require-hashes refuses anything less)."""
    lock = locked()
    environment = default_environment()
    todo = [(r, "requirements.txt") for r in direct_requirements()]
    seen, checked, missing, wrong, unchecked = set(), 0, [], [], []
    while todo:
        requirement, wanted_by = todo.pop()
        name = canonicalize_name(requirement.name)
        if name not in lock:
            missing.append(f"{requirement} (for {wanted_by})")
            continue
        version, hashes = lock[name]
        # (a local label is a build of that version: torch 2.13.0+cpu is torch==2.13.0)
        if not requirement.specifier.contains(Version(version), prereleases=True) \
                and not requirement.specifier.contains(Version(version).public, prereleases=True):
            wrong.append(f"{name}=={version} does not satisfy {requirement} (for {wanted_by})")
        assert hashes, name
        key = (name, frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            unchecked.append(f"{name} (installed {installed}, locked {version})")
            continue
        checked += 1
        for line in metadata.requires(name) or []:
            dependency = Requirement(line)
            extras = {""} | set(requirement.extras)
            if dependency.marker is None or any(dependency.marker.evaluate({**environment, "extra": e}) for e in extras):
                todo.append((dependency, f"{name}=={version}"))
    assert not missing, f"not in requirements.lock: {missing}"
    assert not wrong, wrong
    if not checked:
        pytest.skip(f"no locked version is installed here to read its dependencies from: {unchecked[:5]}")
    assert not unchecked, f"installed versions differ from the lock, dependencies unread: {unchecked}"
    assert {n for n, _ in seen} == set(lock), sorted(set(lock) - {n for n, _ in seen})  # nothing locked that nothing needs


def _find_links() -> list[Path]:
    """The local wheel directories pip reads here (PIP_FIND_LINKS; pip's config sets the same)."""
    return [Path(p) for p in os.environ.get("PIP_FIND_LINKS", "/opt/wheels").split() if Path(p).is_dir()]


def test_the_torch_hash_is_the_hash_of_the_cpu_wheel_pip_picks_here():
    version, hashes = locked()["torch"]
    assert version.endswith("+cpu")
    ours = {str(t) for t in sys_tags()}
    wheels = [w for d in _find_links() for w in d.glob("torch-*.whl")
              if str(parse_wheel_filename(w.name)[1]) == version
              and any(str(t) in ours for t in parse_wheel_filename(w.name)[3])]
    if not wheels:
        pytest.skip(f"no torch {version} wheel for this interpreter in {_find_links()}: pip takes it from "
                    "PyTorch's CPU index, which this machine does not reach")
    for wheel in wheels:
        digest = hashlib.sha256()
        with wheel.open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
        assert digest.hexdigest() in hashes, f"{wheel.name}: sha256 {digest.hexdigest()} is not in the lock"


def test_the_readme_gives_the_command_the_lock_was_made_with():
    header = re.search(r"^#    (pip-compile .*)$", LOCK.read_text(), re.M)
    assert header, "requirements.lock names no pip-compile command"
    readme = (REPO / "README.md").read_text()
    assert header.group(1) in readme
    assert "https://download.pytorch.org/whl/cpu" in readme  # where pip-compile finds the CPU torch


def test_the_base_image_digest_is_documented_with_how_to_refresh_it():
    base = (REPO / "Dockerfile").read_text().split("\nFROM ", 1)[1].split()[0]
    name, _, digest = base.partition("@")
    assert name == "python:3.11-slim" and re.fullmatch(r"sha256:[0-9a-f]{64}", digest)
    refresh = "docker buildx imagetools inspect python:3.11-slim"
    assert refresh in (REPO / "Dockerfile").read_text()
    assert refresh in " ".join((REPO / "README.md").read_text().split())


def test_the_build_context_leaves_out_the_local_store_and_artifacts():
    # the quote store's SQLite file (data/) and the test artifacts never go to the builder
    ignored = set((REPO / ".dockerignore").read_text().split())
    assert {"data", "artifacts", ".git", ".venv", "tests"} <= ignored
