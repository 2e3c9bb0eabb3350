# stubs: calendar.pyi
def greet(name: str | None = None) -> str:
    if not name:
        name = "there"
    return "Hello, " + name

print(greet(), greet("Ana"))
