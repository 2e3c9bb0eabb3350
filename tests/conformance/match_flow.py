# match inside loops, functions and generators: break, continue, return, yield in case bodies
def first_even(items):
    for i in items:
        match i:
            case int(n) if n % 2 == 0:
                return n
            case "stop":
                break
            case _:
                continue
    return None

print(first_even([1, 3, 4, 5]))
print(first_even([1, "stop", 4]))

def gen(items):
    for item in items:
        match item:
            case (k, v):
                yield f"{k}={v}"
            case [*many]:
                yield from many
            case _:
                yield "?"

print(list(gen([("a", 1), [1, 2], "x"])))

total = 0
i = 0
while True:
    i += 1
    match i:
        case 1 | 2:
            total += i
        case 3:
            try:
                1 / 0
            except ZeroDivisionError:
                total += 100
            finally:
                total += 1000
        case 6:
            break
        case _:
            pass
print(total)

def subject_once():
    calls.append("subject")
    return [1, 2]
calls = []
match subject_once():
    case [1]:
        pass
    case [1, 2, 3]:
        pass
    case [a, b]:
        print("matched once:", calls, a, b)

results = []
for command in ["quit", "go north", "look", "drop sword now"]:
    match command.split():
        case ["quit"]:
            results.append("bye")
        case ["go", direction]:
            results.append("going " + direction)
        case ["drop", *objects]:
            results.append("dropping " + ",".join(objects))
        case [verb]:
            results.append("just " + verb)
results
