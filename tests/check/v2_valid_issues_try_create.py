# stubs: issues.pyi
import asyncio


async def file_bug(title: str) -> int | None:
    try:
        issue = await create_issue("acme/widgets", title, assignees=["octocat"])
    except (ValueError, RuntimeError) as e:
        print("could not create:", e)
        return None
    else:
        return issue["number"]
    finally:
        print("done with", title)


num = asyncio.run(file_bug("Crash on start"))
print("filed", num)
