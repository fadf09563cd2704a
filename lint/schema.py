"""Pydantic models for the rule-file header, and the loaded Rule value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from lint.finding import Severity


class RuleHeader(BaseModel):
    """The keys the engine owns in every rule file; the kind's own go under `params`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: str = Field(description="The check kind this rule uses (see `lint --list-kinds`).")
    message: str = Field(
        min_length=1,
        description="One sentence shown with each finding; may use the kind's placeholders.",
    )
    severity: Severity = Field(default=Severity.WARNING, description="error, warning or info.")
    description: str = Field(min_length=1, description="What the rule looks for and why.")
    enabled: bool = Field(default=True, description="false keeps the rule but never runs it.")
    fix: bool = Field(
        default=True,
        description="false keeps the rule's findings but `--fix` never changes them "
        "(only for kinds that have a fix).",
    )
    link: str | None = Field(default=None, description="A page that explains the rule further.")
    max_findings: int = Field(
        default=100,
        ge=1,
        le=1_000_000,
        description="At most this many findings of the rule per document; one more finding "
        "says how many were left out.",
    )
    params: dict[str, Any] = Field(default_factory=dict, description="The kind's parameters.")


@dataclass(frozen=True, slots=True)
class Rule:
    """A validated rule: header fields, the kind's parameters, and where it came from."""

    id: str
    category: str
    kind: str
    message: str
    severity: Severity
    description: str
    enabled: bool
    link: str | None
    params: BaseModel
    source: str
    max_findings: int = 100
    fix: bool = True
