from typing import Protocol, runtime_checkable

@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...

class Circle:
    def draw(self) -> str:
        return "circle"

class Square:
    def draw(self) -> str:
        return "square"

class Text:
    pass

def render(items: list[Drawable]) -> list[str]:
    return [i.draw() for i in items]

print(render([Circle(), Square()]))
print(isinstance(Circle(), Drawable), isinstance(Text(), Drawable))
