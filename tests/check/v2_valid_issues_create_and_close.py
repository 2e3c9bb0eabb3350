# stubs: issues.pyi
import asyncio


async def main():
    created = await create_issue("acme/widgets", "Flaky test in CI", "Seen 3 times this week", labels=["ci"])
    print("created", created["number"])
    closed = await close_issue("acme/widgets", created["number"], comment="duplicate of #12")
    print(closed["state"])


asyncio.run(main())
