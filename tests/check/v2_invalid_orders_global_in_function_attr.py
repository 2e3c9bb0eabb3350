# stubs: orders.pyi
paid = list_orders("paid")


def first_total() -> float:
    return paid[0].total  # error: unknown-attribute


print(first_total())
