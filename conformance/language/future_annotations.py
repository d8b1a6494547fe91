# from __future__ import annotations: annotations are kept as their source
# text (normalised like ast.unparse), so forward references need no quotes
from __future__ import annotations

import __future__

count: int = 0
pending: list[Node]
mapping: dict[str,list[int]]


class Node:
    value: int
    children: list[Node] = []
    parent: Node | None = None
    meta: "dict[str, Node]"

    def add(self, child: Node, *rest: Node, key: str = "", **opts: int) -> Node:
        return child


def build(size: int, name: str = "tree") -> Tree:
    return None


def tupled(x: tuple[int, ...], y: typing.Optional[Node], z: tuple[()]) -> None:
    pass


def calls(a: Sequence[int | None], b: ...) -> Callable[[int], str]:
    pass


print(__annotations__)
print(Node.__annotations__)
print(Node.add.__annotations__)
print(build.__annotations__)
print(tupled.__annotations__)
print(calls.__annotations__)
print(__future__.annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.division.getOptionalRelease())
print(__future__.all_feature_names)
print(annotations)
