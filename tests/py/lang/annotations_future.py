"""PEP 563: with `from __future__ import annotations` annotations are kept as strings."""
from __future__ import annotations
import __future__
from typing import Dict, Optional


def f(x: int, y: Dict[str,int], z: "str" = "a", *a: Optional[Node], **k: list[int] | None) -> Node:
    pass


print(f.__annotations__)


class Node:
    left: Node | None
    val: int = 3

    def m(self, other: Node, n: -1, t: (int, str), c: a.b[1:2, ::3], d: x if y else z,
          e: 1 + 2 * 3 ** -x, g: not a and b or c, h: f(1, k=2)[0].attr) -> tuple[()]:
        pass


print(Node.__annotations__)
print(Node.m.__annotations__)
x: 1.5e300 * 10 = 2
print(__annotations__)
print(__future__.annotations, __future__.division.getMandatoryRelease(), __future__.all_feature_names[-1])
