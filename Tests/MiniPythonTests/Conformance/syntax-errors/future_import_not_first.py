"""Docstring first is allowed."""
import json
from __future__ import annotations
print("never runs")
