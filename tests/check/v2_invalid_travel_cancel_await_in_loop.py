# stubs: travel.pyi
import asyncio


async def cancel_all(refs: list[str]) -> int:
    n = 0
    for ref in refs:
        if await cancel_booking(ref):  # error: await-not-awaitable
            n += 1
    return n


print(asyncio.run(cancel_all(["B1"])))
