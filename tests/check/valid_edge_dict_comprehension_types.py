# stubs: weather.pyi
days = await get_forecast("Bergen", 3)
by_cond = {d["condition"]: d["temp_c"] for d in days}
for cond, temp in by_cond.items():
    print(cond.title(), round(temp, 1))
