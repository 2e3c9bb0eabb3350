# stubs: travel.pyi
for ref in ["B1", "B2"]:
    b = get_booking(ref)
    match b:
        case {"confirmed": False}:
            cancel_booking()  # error: call-arg-count
        case _:
            pass
