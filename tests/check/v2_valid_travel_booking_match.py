# stubs: travel.pyi
for bid in ["B1", "B2", "B3"]:
    booking = get_booking(bid)
    match booking:
        case None:
            print(bid, "missing")
        case {"kind": "flight", "confirmed": True}:
            print(bid, "flight confirmed", booking["reference"])
        case {"kind": kind, "total": total}:
            print(bid, kind, total)
