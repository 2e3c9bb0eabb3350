# an async tool called straight from asyncio.run / create_task, as scripts often do
import asyncio

page = asyncio.run(fetch_page("https://direct.example"))
print(page["size"])

async def main():
    t = asyncio.create_task(score("abcd", weight=3))
    u = asyncio.create_task(fetch_page("https://task.example"))
    print(await t, (await u)["url"])

asyncio.run(main())
try:
    asyncio.run(fetch_page("nope"))
except ValueError as e:
    print("ValueError:", e)
