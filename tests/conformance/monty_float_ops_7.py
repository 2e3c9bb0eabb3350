# === float errors ===
for fn in [lambda: 1.0 % 0, lambda: 1.0 // 0.0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1, lambda: int(float('inf')), lambda: float('abc'), lambda: float([])]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
float(None)
