n = 1234567890123456789
print(f"{n:,}", f"{n:_}", f"{n:e}", f"{n:.3e}", f"{n:x}", f"{-n:X}")
print(f"{n:>30,}|", f"{n:<25}|", f"{n:^+30}|")
print(format(n, "020"), format(-n, "025,"))
print(f"{True:d}", f"{True}", f"{False:>6}", f"{True!r:>6}")
f"{'text':.2}"
