# stubs: crm.pyi
async def close_big(threshold: float) -> int:
    closed = 0
    for d in await list_deals("open"):
        if d.amount > threshold:  # error: unknown-attribute
            await update_deal(d["id"], stage="won")
            closed += 1
    return closed

print(await close_big(1000.0))
