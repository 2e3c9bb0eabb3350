# command parser with match
def run(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", _]:
            return "bad direction"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["go north", "go up", "take sword shield", "take", "quit", "", "dance now"]:
    print(repr(c), "->", run(c))
