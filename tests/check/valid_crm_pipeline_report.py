# stubs: crm.pyi
deals = await list_deals("open", limit=max_results)
total = 0.0
by_stage: dict[str, float] = {}
for deal in deals:
    total += deal["amount"]
    by_stage[deal["stage"]] = by_stage.get(deal["stage"], 0.0) + deal["amount"]
print(f"{len(deals)} open deals worth {total:.2f}")
for stage, amount in sorted(by_stage.items()):
    print(f"  {stage}: {amount:,.0f}")
