# dataclass equality/ordering with nested lists and inheritance order comparisons
from dataclasses import dataclass, field

@dataclass(order=True)
class Score:
    points: int
    name: str = field(compare=False)

scores = [Score(5, "b"), Score(9, "a"), Score(5, "c")]
assert sorted(scores)[0].points == 5
assert Score(5, "x") == Score(5, "y")
assert max(scores).name == "a"
assert [s.name for s in sorted(scores, reverse=True)] == ["a", "b", "c"]
print(sorted(scores))
Score(1, "a") < 3
