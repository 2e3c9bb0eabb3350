# stubs: issues.pyi
import asyncio


class Bot:
    def __init__(self, repo: str):
        self.repo = repo

    async def welcome(self, number: int) -> None:
        comments = list_comments(self.repo, number)
        if len(comments) == 0:  # error: missing-await
            print("first!")


asyncio.run(Bot("acme/widgets").welcome(1))
