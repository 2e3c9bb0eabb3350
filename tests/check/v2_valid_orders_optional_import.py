# stubs: orders.pyi
try:
    import numpy as np
except ImportError:
    np = None

totals = [o["total"] for o in list_orders()]
if np is not None:
    print(np.mean(totals))
else:
    print(sum(totals) / len(totals) if totals else 0)
