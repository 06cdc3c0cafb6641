"""The pydantic schema of one ``ingredients.csv`` row (imported only while loading)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from compatcheck.errors import InputError
from compatcheck.model import KNOWN_CLASSES, Ingredient, Severity

_LIST_SEP = "|"


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(_LIST_SEP) if part.strip())


class IngredientRow(BaseModel):
    """One row as written in the CSV; every field a string until validated."""

    model_config = ConfigDict(str_strip_whitespace=True, populate_by_name=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$")
    inci: str = Field(min_length=1)
    aliases: str = ""
    name_keywords: str = ""
    cls: str = Field(alias="class")
    strength: Literal["", "oral", "rx", "high", "medium", "low"] = ""
    exfoliant: Literal["yes", "no"]
    tags: str = ""
    trace_role: Literal["", "ph_adjuster", "preservative", "pigment", "solvent", "antioxidant", "minor"] = ""
    active_min_percent: float | None = Field(default=None, gt=0, le=100)
    pause_before_days: int = Field(ge=0, le=400)
    resume_after_days: int = Field(ge=0, le=400)
    timing_severity: Literal["avoid", "caution", "info"]
    recommended_after: Literal["yes", "no"]
    pregnancy: Literal["", "avoid", "caution", "ok"] = ""
    evidence: Literal["REG", "PR", "PROTO", "EXP", "SEO", "JUDGEMENT"]
    sources: str = ""
    notes: str = ""

    @field_validator("active_min_percent", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("cls")
    @classmethod
    def _known_class(cls, value: str) -> str:
        if value not in KNOWN_CLASSES:
            raise ValueError(f"unknown class {value!r}; use one of {', '.join(sorted(KNOWN_CLASSES))}")
        return value

    @field_validator("sources")
    @classmethod
    def _sourced(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("cls", "base") != "base" and not _split(value):
            raise ValueError("every non-base ingredient needs at least one source id")
        return value


_COLUMN_OF = {"cls": "class"}


def validate_row(raw: dict[str, str], where: str) -> Ingredient:
    """Validate one CSV record; raise :class:`InputError` naming the column."""
    try:
        row = IngredientRow.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first.get("loc") or ()
        column = _COLUMN_OF.get(str(loc[0]), str(loc[0])) if loc else None
        message = first.get("msg", "invalid value")
        value = raw.get(column, "") if column else ""
        raise InputError(
            f"{message.removeprefix('Value error, ')} (got {value!r})" if column else message,
            where=f"{where}, column {column}" if column else where,
            hint="fix that cell",
        ) from None
    return Ingredient(
        id=row.id,
        inci=row.inci,
        aliases=_split(row.aliases),
        name_keywords=_split(row.name_keywords),
        cls=row.cls,
        strength=row.strength or None,
        exfoliant=row.exfoliant == "yes",
        tags=frozenset(_split(row.tags)),
        trace_role=row.trace_role or None,
        active_min_percent=row.active_min_percent,
        pause_before_days=row.pause_before_days,
        resume_after_days=row.resume_after_days,
        timing_severity=Severity.parse(row.timing_severity),
        recommended_after=row.recommended_after == "yes",
        pregnancy=row.pregnancy or None,
        evidence=row.evidence,
        sources=_split(row.sources),
        notes=row.notes,
    )
