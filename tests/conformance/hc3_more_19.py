import asyncio
async def fetch_user(uid):
    await asyncio.sleep(0.001 * uid)
    if uid == 3:
        raise LookupError(f"user {uid} not found")
    return {"id": uid, "name": f"user{uid}"}
async def main():
    results = await asyncio.gather(*(fetch_user(i) for i in range(1, 5)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    bad = [repr(r) for r in results if isinstance(r, Exception)]
    print(ok)
    print(bad)
    async with asyncio.timeout(1):
        u = await fetch_user(1)
    return u["name"]
print(asyncio.run(main()))
