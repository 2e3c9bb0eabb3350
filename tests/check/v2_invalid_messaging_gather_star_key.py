# stubs: messaging.pyi
import asyncio


async def main():
    batches = await asyncio.gather(*[fetch_history(c, 20) for c in ["C1", "C2"]])
    for batch in batches:
        for m in batch:
            print(m["author"], m["text"])  # error: unknown-key


asyncio.run(main())
