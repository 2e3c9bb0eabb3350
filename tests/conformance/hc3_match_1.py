def handle(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *things] if things:
            return f"picking up {', '.join(things)}"
        case ["drop", ("sword" | "shield") as item]:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for c in ["go north", "pick up key lamp", "pick up", "drop shield", "exit", "", "dance now"]:
    print(repr(c), "->", handle(c))
