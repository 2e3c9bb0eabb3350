def describe(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [first, *_]:
            return f"unknown {first!r}"

for c in ["go north", "pick up sword shield", "pick up", "exit", "", "dance now"]:
    print(describe(c))
