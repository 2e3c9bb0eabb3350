# async with: __aenter__ and __aexit__ are awaited; __aexit__ can suppress
import asyncio

log = []

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        log.append(f'enter {self.name}')
        await asyncio.sleep(0)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        log.append(f'exit {self.name} {et.__name__ if et else None} {ev!r}')
        return self.suppress

async def body():
    async with Resource('a') as a, Resource('b') as b:
        log.append(f'inside {a} {b}')
    async with Resource('s', suppress=True):
        raise KeyError('swallowed')
    log.append('after suppress')
    try:
        async with Resource('r'):
            raise ValueError('kept')
    except ValueError as e:
        log.append(f'caught {e}')
    for i in range(3):
        async with Resource(f'loop{i}'):
            if i == 1:
                break
    return 'done'

async def early_return():
    async with Resource('ret') as v:
        return v + '!'

async def main():
    print(await body())
    print(await early_return())
    for line in log:
        print(line)

asyncio.run(main())

class NotAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def wrong():
    async with NotAsync():
        pass

try:
    asyncio.run(wrong())
except TypeError as e:
    print('TypeError:', e)

class OnlyEnter:
    async def __aenter__(self):
        return 1

async def wrong2():
    async with OnlyEnter():
        pass

asyncio.run(wrong2())
