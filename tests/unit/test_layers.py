"""The layers are visible in the package and enforced: import-linter's contracts (pyproject.toml)
hold, and every layer states its import rule in a README."""
import subprocess
import sys
from pathlib import Path

from conftest import REPO

LAYERS = ["records", "lexicons", "nlp", "extraction", "store", "linking", "service", "jobs", "web", "cli", "testing"]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(REPO / "pyproject.toml")], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_layer_has_a_readme_with_its_import_rule():
    for layer in LAYERS:
        readme = REPO / "quotes" / layer / "README.md"
        assert readme.is_file(), f"quotes/{layer}/README.md is missing"
        assert "may import" in readme.read_text(encoding="utf-8").lower(), f"quotes/{layer}/README.md"
