# errors raised by __aenter__ and __aexit__ point at the async with item
import asyncio
class Session:
    def __init__(self, fail_on):
        self.fail_on = fail_on
    async def __aenter__(self):
        if self.fail_on == "enter":
            raise ConnectionError("cannot open session")
        return self
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        if self.fail_on == "exit":
            raise RuntimeError("cannot close session")
        return False
def make(kind):
    return Session(kind)
async def main():
    try:
        async with make("enter"):
            pass
    except ConnectionError as e:
        print("enter failed:", e)
    async with make(None) as s:
        print("ok", s.fail_on)
    async with make("exit"):
        print("body ran")
asyncio.run(main())
