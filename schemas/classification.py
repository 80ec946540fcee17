"""What `scan2data run auto` asks for before routing a document to its pipeline."""

from typing import Literal

from pydantic import BaseModel, Field


class DocumentClass(BaseModel):
    category: Literal["receipt", "invoice", "other"] = Field(description="kind of document")
    confidence: Literal["high", "medium", "low"] = "medium"
