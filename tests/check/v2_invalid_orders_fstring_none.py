# stubs: orders.pyi
customer = get_customer("C-1")
print(f"Hello {customer['name']}")  # error: possibly-none
