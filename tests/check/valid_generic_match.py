# stubs: search.pyi
status = lookup("status")
match status:
    case {"code": 200, "body": body}:
        print(body)
    case [first, *others]:
        print(first, others)
    case str() as text:
        print(text)
    case _:
        print("unknown")
