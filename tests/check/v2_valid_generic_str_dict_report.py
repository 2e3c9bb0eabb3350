# stubs: orders.pyi
from typing import Any

report: dict[str, Any] = {"title": "Weekly", "count": 3, "items": ["a", "b"]}
lines = [f"# {report['title']}", f"{report['count']} items"]
lines += [f"- {i}" for i in report["items"]]
print("\n".join(lines))
summary = {k: (v if not isinstance(v, list) else len(v)) for k, v in report.items()}
print(summary)
