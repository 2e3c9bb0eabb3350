# stubs: travel.pyi
to_cancel = ["B-100", "B-101"]
cancelled = 0
for ref in to_cancel:
    b = get_booking(ref)
    if not b or b["confirmed"]:
        continue
    if cancel_booking(b["booking_id"], reason="plans changed"):
        cancelled += 1
print("cancelled", cancelled)
