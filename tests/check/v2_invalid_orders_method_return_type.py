# stubs: orders.pyi
class Stats:
    def __init__(self):
        self.orders = list_orders()

    def count(self) -> int:
        return f"{len(self.orders)} orders"  # error: return-type


print(Stats().count())
