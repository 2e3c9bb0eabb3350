import asyncio
import functools
async def fetch(x):
    return x
def plain(x):
    return x
class Client:
    async def get(self):
        return 1
    def sync(self):
        return 2
c = Client()
print(asyncio.iscoroutinefunction(fetch), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(c.get), asyncio.iscoroutinefunction(c.sync), asyncio.iscoroutinefunction(Client.get))
print(asyncio.iscoroutinefunction(functools.partial(fetch, 1)), asyncio.iscoroutinefunction(len), asyncio.iscoroutinefunction(5))
coro = fetch(3)
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(fetch), asyncio.iscoroutine(plain(1)))
print(asyncio.run(coro))
def gen():
    yield 1
print(asyncio.iscoroutinefunction(gen), asyncio.iscoroutine(gen()))
async def agen():
    yield 1
print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(lambda: fetch(1)))
