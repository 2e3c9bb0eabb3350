# async with: what __aenter__ / __aexit__ return must be awaitable
import asyncio

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *exc):
        return False

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *exc):
        return 'no'

async def main():
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print(e)
    try:
        async with BadExit():
            print('body ran')
    except TypeError as e:
        print(e)
    try:
        await 'text'
    except TypeError as e:
        print(e)

asyncio.run(main())
