# throw() into a coroutine awaiting coroutines reaches the innermost await
import asyncio

async def leaf():
    try:
        await asyncio.sleep(0)
    except KeyError as e:
        print('leaf caught', repr(e))
        return 'leaf recovered'
    return 'leaf normal'

async def mid():
    r = await leaf()
    print('mid got', r)
    return r + '!'

async def top():
    try:
        return await mid()
    finally:
        print('top finally')

c = top()
c.send(None)
print(c.cr_running, c.cr_suspended, c.cr_await.__name__)
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('finished with', e.value)
print(c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def raises_stop():
    raise StopIteration
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(e)

c = top()
c.send(None)
c.throw(ValueError('uncaught'))
