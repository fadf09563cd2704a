"""Configuration: `[tool.seedlint]` in pyproject.toml, or a seedlint.toml file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from lint.finding import Severity

CONFIG_FILES = ("seedlint.toml", ".seedlint.toml", "pyproject.toml")
FailOn = Literal["error", "warning", "info", "never"]


class ConfigError(Exception):
    """A configuration file that cannot be used."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Config(BaseModel):
    """Settings a project keeps in its configuration; the command line overrides them."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True
    )

    rules: tuple[str, ...] = Field(default=(), description="Extra rule folders.")
    default_rules: bool = Field(default=True, description="Load the rules shipped with seedlint.")
    select: tuple[str, ...] = Field(default=(), description="Rule ids or categories to run.")
    ignore: tuple[str, ...] = Field(default=(), description="Rule ids or categories to skip.")
    fail_on: FailOn = Field(default="warning", description="Lowest severity that fails the run.")
    include: tuple[str, ...] = Field(default=("*.txt", "*.md"), description="File globs to lint.")
    exclude: tuple[str, ...] = Field(default=(), description="File or folder globs to skip.")
    corpus: tuple[str, ...] = Field(
        default=(), description="Folders that make up the whole corpus for corpus-wide checks."
    )
    cache: bool = Field(default=True, description="Cache corpus-check extracts between runs.")
    cache_dir: str | None = Field(
        default=None,
        description="Where the cache lives (default: the user's cache folder, per project).",
    )
    baseline: str | None = Field(
        default=None,
        description="Baseline file (relative to this file) that --baseline would name; "
        "the command line wins.",
    )
    executor: Literal["local", "dask"] | None = Field(
        default=None, description="Where files are linted: local processes (default) or Dask."
    )
    scheduler: str | None = Field(
        default=None, description="The Dask scheduler's address (implies executor dask)."
    )
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="Severity overrides by rule id or category."
    )
    per_path_ignores: dict[str, tuple[str, ...]] = Field(
        default_factory=dict, description="Path glob to rule ids or categories ignored there."
    )
    base: Path = Field(default=Path("."), exclude=True, description="Folder paths resolve from.")
    source: str = Field(default="", exclude=True, description="The file this came from.")

    @field_validator("rules", "select", "ignore", "include", "exclude", "corpus", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        """Accept a single string where a list is expected (`corpus = "seeds"`)."""
        return (value,) if isinstance(value, str) else value

    def resolve(self, path: str) -> Path:
        """Resolve a path written in the configuration against its folder."""
        return self.base / path


def find_config(start: Path) -> Path | None:
    """Return the nearest configuration file at or above `start` that configures seedlint."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_section(candidate)):
                return candidate
    return None


def _has_section(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True  # let load_config report the problem instead of skipping it silently
    return "seedlint" in data.get("tool", {})


def load_config(path: Path) -> Config:
    """Read a configuration file; raise ConfigError with the file's name on any problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot read configuration: {err.strerror or err}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from None
    section: Any = data.get("tool", {}).get("seedlint")
    if section is None:
        section = {} if path.name == "pyproject.toml" else data
    where = "[tool.seedlint]" if path.name == "pyproject.toml" or "tool" in data else "the file"
    try:
        config = Config.model_validate(section)
    except ValidationError as err:
        raise ConfigError(f"{path}: {where}: {_describe(err)}") from None
    return config.model_copy(update={"base": path.parent, "source": str(path)})


def _describe(err: ValidationError) -> str:
    first = err.errors()[0]
    key = ".".join(str(p) for p in first["loc"])
    if first["type"] == "extra_forbidden":
        allowed = ", ".join(
            sorted(_kebab(n) for n in Config.model_fields if n not in ("base", "source"))
        )
        return f"unknown key '{key}'; allowed: {allowed}"
    return f"'{key}': {first['msg']}"
