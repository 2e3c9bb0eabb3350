# stubs: calendar.pyi
async def book(title: str) -> str | None:
    slot = find_free_slot(30, "09:00", "17:00")
    if slot is None:
        return None
    ev = await create_event(title, slot, slot)
    return ev["id"]

async def book_all(titles: list[str]) -> list[str]:
    ids = []
    for t in titles:
        ev_id = await book(t)
        if ev_id:
            ids.append(ev_id)
    return ids

print(await book_all(["a", "b"]))
