import json

raw = '''
{
  "status": "ok",
  "results": [
    {"name": "alpha", "score": 0.91, "tags": ["x", "y"], "meta": null},
    {"name": "beta", "score": 0.5, "tags": [], "meta": {"retries": 2}},
    {"name": "gamma", "score": 1e-3, "tags": ["z"], "meta": {"note": "caf\\u00e9"}}
  ],
  "count": 3
}
'''
data = json.loads(raw)
best = max(data["results"], key=lambda r: r["score"])
print(best["name"], data["count"], [r["name"] for r in data["results"] if r["tags"]])
summary = {r["name"]: r["score"] for r in data["results"]}
print(json.dumps(summary, sort_keys=True))
print(json.dumps(data["results"][2], ensure_ascii=False))
