# create_task runs concurrently; awaiting tasks gives results
import asyncio

async def count(tag, n, out):
    for i in range(n):
        out.append(f"{tag}{i}")
        await asyncio.sleep(0)
    return n

async def main():
    out = []
    t1 = asyncio.create_task(count("x", 3, out))
    t2 = asyncio.create_task(count("y", 2, out))
    r1 = await t1
    r2 = await t2
    return out, r1 + r2

out, total = asyncio.run(main())
assert total == 5
assert out == ["x0", "y0", "x1", "y1", "x2"]
print(out)
