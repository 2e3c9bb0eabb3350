# stubs: orders.pyi
import time  # error: unknown-module

for o in list_orders():
    time.sleep(0.1)
    print(o["id"])
