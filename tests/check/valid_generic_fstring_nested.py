# stubs: weather.pyi
w = await get_weather("Lagos")
width = 10
print(f"{w['city']:>{width}} | {w['temp_c']:6.1f} | {'yes' if w['temp_c'] > 30 else 'no'}")
