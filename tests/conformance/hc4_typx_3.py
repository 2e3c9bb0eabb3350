from typing import Protocol
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greeter) -> str:
    return g.greet().upper()
print(welcome(En()))
isinstance(En(), Greeter)
