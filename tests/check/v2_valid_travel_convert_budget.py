# stubs: travel.pyi
import asyncio


def in_budget(price_usd: float, currency: str = "EUR") -> bool:
    return convert_currency(price_usd, "USD", currency) <= budget


flights = asyncio.run(search_flights(home_city, "Rome", "2026-07-01"))
affordable = [f for f in flights if in_budget(f["price"])]
print(f"{len(affordable)} of {len(flights)} flights fit the budget of {budget}")
for f in affordable:
    print(f"  {f['depart']} -> {f['arrive']} {f['stops']} stop(s)")
