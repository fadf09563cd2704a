"""Load an evaluation set's own scorer (a stand-alone `score.py`) as a module.

Every labelled set ships the script that scores it, so the tests and a person at the
command line score findings the same way. The module is registered in `sys.modules`
because dataclasses defined in it look their module up there; it is loaded once per
path and name, since several tests of one file share it.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType


@cache
def load_scorer(name: str, path: Path) -> ModuleType:
    """Import the script at `path` as module `name`."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, f"cannot load {path}"
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
