from dataclasses import dataclass, field
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p)
p.x = 5
