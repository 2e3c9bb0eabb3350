# stubs: orders.pyi
from datetime import datetime, timedelta  # error: unknown-module

cutoff = datetime.now() - timedelta(days=7)
print([o["id"] for o in list_orders() if o["created_at"] > cutoff.isoformat()])
