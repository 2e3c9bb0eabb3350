# An exception in a case body, after names were bound
match {"user": "ann", "age": "x"}:
    case {"user": name, "age": int(age)}:
        print(name, age)
    case {"user": name, "age": age}:
        print(name, int(age))
