# stubs: travel.pyi
def reference_of(booking_id: str) -> str:
    b = get_booking(booking_id)
    if b is None:
        return None  # error: return-type
    return b["reference"]


print(reference_of("B1"))
