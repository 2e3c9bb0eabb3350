import asyncio

# The same agent as agent.py as an LLM might first write it: moat's checker rejects it before
# anything runs, with diagnostics the LLM can repair from.
async def main():
    cities = list_offices()
    reports = await asyncio.gather(*(get_weather(city, units="C") for city in cities))
    warm = [r for r in reports if r.temp_c >= 20]
    alerts = get_alerts("west-africa")
    for a in alerts:
        print(a.upper())
    budget = convert("1200", to="EUR")
    print(f"{len(warm)} warm offices; budget {budget:.2f}")


await main()
