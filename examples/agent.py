import asyncio

# An agent script of the kind an LLM writes in "code mode": it calls the host's tools as
# functions, fans out with asyncio.gather, handles a tool error, aggregates and reports.
async def main():
    cities = list_offices()
    reports = await asyncio.gather(*(get_weather(city) for city in cities))
    warm = [r for r in reports if r["temp_c"] >= 20]
    alerts = {}
    for region in ["west-africa", "atlantis"]:
        try:
            alerts[region] = await get_alerts(region)
        except ValueError as e:
            alerts[region] = [f"unavailable ({e})"]
    budget = convert(1200, to="EUR")
    print(f"{len(warm)} of {len(cities)} offices are warm:")
    for r in sorted(warm, key=lambda r: -r["temp_c"]):
        print(f"  {r['city']:<8} {r['temp_c']:5.1f} C  {r['sky']}")
    for region, items in alerts.items():
        print(f"alerts for {region}: {'; '.join(items)}")
    print(f"travel budget: {budget:.2f} EUR")
    return {"warm": [r["city"] for r in warm], "budget": budget}


await main()
