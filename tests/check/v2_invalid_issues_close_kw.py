# stubs: issues.pyi
import asyncio


async def main():
    for issue in list_issues("acme/widgets", labels=["stale"]):
        await close_issue("acme/widgets", issue["number"], message="closing as stale")  # error: unknown-keyword


asyncio.run(main())
