# stubs: orders.pyi
import asyncio
from dataclasses import dataclass


@dataclass
class Restock:
    sku: str
    qty: int

    async def apply(self) -> int:
        return await restock(self.sku, quantity=self.qty, force=True)  # error: unknown-keyword


print(asyncio.run(Restock("A", 3).apply()))
