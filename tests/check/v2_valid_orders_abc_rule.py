# stubs: orders.pyi
from abc import ABC, abstractmethod


class Rule(ABC):
    @abstractmethod
    def applies(self, order) -> bool: ...

    def name(self) -> str:
        return type(self).__name__


class BigOrder(Rule):
    def applies(self, order) -> bool:
        return order["total"] > 1000


class ManyItems(Rule):
    def applies(self, order) -> bool:
        return len(order["items"]) > 10


rules: list[Rule] = [BigOrder(), ManyItems()]
for order in list_orders("paid"):
    hits = [r.name() for r in rules if r.applies(order)]
    if hits:
        print(order["id"], hits)
