# stubs: issues.pyi
import asyncio


async def main():
    issue = create_issue("acme/widgets", "Broken link in README")
    print("created", issue["number"])  # error: missing-await


asyncio.run(main())
