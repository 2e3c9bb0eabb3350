import asyncio

class Conn:
    def __init__(self):
        self.log = []
    async def __aenter__(self):
        self.log.append("open")
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"close {et.__name__ if et else None}")
        return et is KeyError

async def main():
    c = Conn()
    async with c:
        c.log.append("use")
    async with c:
        raise KeyError("suppressed")
    print(c.log)
    async with c:
        raise ValueError("not suppressed")

asyncio.run(main())
