from __future__ import annotations, nested_loops
print("not printed")
