import asyncio

# An agent script of the kind an LLM writes in "code mode": it calls the host's tools as
# functions. `moat check` validates it before anything runs.
async def main() -> None:
    cities = ["Paris", "Lagos", "Lima"]
    reports = await asyncio.gather(*(get_weather(city) for city in cities))
    warm = [r for r in reports if r["temp_c"] >= 20]
    try:
        alert = await get_alerts(region="west-africa")
    except ValueError as e:
        alert = f"no alerts: {e}"
    print(f"{len(warm)} of {len(cities)} cities are warm; {alert}")
    return {"warm": [r["city"] for r in warm], "alert": alert}


await main()
