# stubs: issues.pyi
pulls = list_pulls("acme/widgets", "all")
merged = [p for p in pulls if p["merged"]]
drafts = sum(1 for p in pulls if p["draft"])
churn = sum(p["additions"] + p["deletions"] for p in merged)
print(f"merged={len(merged)} drafts={drafts} churn={churn}")
biggest = max(merged, key=lambda p: p["additions"], default=None)
if biggest:
    print("largest:", biggest["title"], biggest["head_sha"][:7])
