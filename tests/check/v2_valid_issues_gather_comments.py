# stubs: issues.pyi
import asyncio


async def comment_counts(repo: str, numbers: list[int]) -> dict[int, int]:
    batches = await asyncio.gather(*[list_comments(repo, n) for n in numbers])
    return {n: len(batch) for n, batch in zip(numbers, batches)}


async def main():
    repo = "acme/widgets"
    numbers = [i["number"] for i in list_issues(repo)][:5]
    counts = await comment_counts(repo, numbers)
    for n, c in counts.items():
        print(f"#{n}: {c} comments")


asyncio.run(main())
