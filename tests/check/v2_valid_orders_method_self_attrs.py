# stubs: orders.pyi
class RefundPlanner:
    def __init__(self, limit: float):
        self.limit = limit
        self.plan: list[tuple[str, float]] = []
        self.skipped = 0

    def consider(self, order: Order) -> None:
        if order["status"] != "delivered":
            self.skipped += 1
            return
        amount = min(order["total"], self.limit)
        self.plan.append((order["id"], amount))

    def total(self) -> float:
        return sum(a for _, a in self.plan)


planner = RefundPlanner(limit=50.0)
for order in list_orders("delivered"):
    planner.consider(order)
print(f"{len(planner.plan)} refunds, {planner.total():.2f} total, {planner.skipped} skipped")
