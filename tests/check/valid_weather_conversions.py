# stubs: weather.pyi
import math

temps = [w["temp_c"] for w in await get_forecast("Oslo", 7)]
avg = sum(temps) / len(temps) if temps else math.nan
spread = max(temps) - min(temps) if temps else 0.0
print(f"avg {avg:.1f}C ({to_fahrenheit(avg):.1f}F), spread {spread:.1f}")
print(math.floor(avg), math.ceil(spread), math.isnan(avg))
