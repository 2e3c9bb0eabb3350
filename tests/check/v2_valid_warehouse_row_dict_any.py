# stubs: warehouse.pyi
from typing import Any

res = run_query("select id, email, plan from users limit 20")
users: list[dict[str, Any]] = res["rows"]
plans: dict[str, list[str]] = {}
for u in users:
    plans.setdefault(str(u.get("plan", "free")), []).append(u["email"])
for plan, emails in plans.items():
    print(plan, len(emails), emails[0].split("@")[1] if emails else "")
