# stubs: issues.pyi
import asyncio


async def main():
    issues = await list_issues("acme/widgets")  # error: await-not-awaitable
    print(len(issues))


asyncio.run(main())
