# stubs: crm.pyi
async def load(stage: str | None = None, limit: int | None = None) -> list[Deal]:
    if limit is None:
        limit = 10
    return await list_deals(stage, limit=limit)

print(len(await load()), len(await load("won", 5)))
