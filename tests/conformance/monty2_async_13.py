# producer/consumer with a shared list and sleep(0) yielding
import asyncio

async def producer(buf, n):
    for i in range(n):
        buf.append(i)
        await asyncio.sleep(0)
    buf.append(None)

async def consumer(buf, out):
    while True:
        while not buf:
            await asyncio.sleep(0)
        v = buf.pop(0)
        if v is None:
            return len(out)
        out.append(v * 2)

async def main():
    buf, out = [], []
    _, n = await asyncio.gather(producer(buf, 5), consumer(buf, out))
    return out, n

out, n = asyncio.run(main())
assert out == [0, 2, 4, 6, 8] and n == 5
print(out, n)
