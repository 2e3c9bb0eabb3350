# stubs: travel.pyi
booking = get_booking("B-1")
if booking is not None:
    def describe() -> str:
        return f"{booking['kind']} {booking['reference']}"

    print(describe())
