"""Module docstring."""
from __future__ import annotations
print("not printed")
from __future__ import division
