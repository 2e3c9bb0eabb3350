# stubs: crm.pyi
async def total() -> float:
    return sum(d["amount"] for d in await list_deals())

t = total()
print(round(t, 2))  # error: missing-await
