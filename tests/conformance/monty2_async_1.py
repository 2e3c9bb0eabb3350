# gather preserves argument order regardless of completion order
import asyncio

log = []

async def work(name, delay):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()

async def main():
    return await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))

res = asyncio.run(main())
assert res == ["A", "B", "C"]
assert log[:3] == ["start a", "start b", "start c"]
assert log[3:] == ["end b", "end c", "end a"]
print(res)
print(log)
