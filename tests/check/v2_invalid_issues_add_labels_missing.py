# stubs: issues.pyi
import asyncio


async def main():
    await add_labels("acme/widgets", ["bug"])  # error: arg-type, call-arg-count


asyncio.run(main())
