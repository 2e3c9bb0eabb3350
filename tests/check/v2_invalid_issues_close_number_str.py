# stubs: issues.pyi
import asyncio


async def main():
    for issue in list_issues("acme/widgets", labels=["duplicate"]):
        await close_issue("acme/widgets", f"{issue['number']}")  # error: arg-type


asyncio.run(main())
