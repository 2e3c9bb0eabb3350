# stubs: travel.pyi
import asyncio
from dataclasses import dataclass


@dataclass
class Request:
    origin: str
    dest: str
    date: str


async def run(req: Request):
    return await search_flights(req.origin, req.dest, req.date, stops=0)  # error: unknown-keyword


print(asyncio.run(run(Request("A", "B", "2026-01-01"))))
