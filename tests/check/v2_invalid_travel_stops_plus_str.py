# stubs: travel.pyi
import asyncio

flights = asyncio.run(search_flights("LHR", "SYD", "2026-12-24", max_stops=2))
for f in flights:
    print(f["flight_id"] + " " + f["stops"] + " stops")  # error: operator-type
