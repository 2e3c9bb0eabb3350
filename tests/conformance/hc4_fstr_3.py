items = {"apple": 1.5, "banana": 0.25, "cherry": 10}
lines = [f"{k:<10}{v:>8.2f}" for k, v in items.items()]
print("\n".join(lines))
total = sum(items.values())
print(f"{'TOTAL':<10}{total:>8.2f}")
print(f"{total:.1%}", f"{0.5:%}", f"{1/3:.4}", f"{2/3:.2g}", f"{1234.5:.2g}")
print(f"{'abc':.2}", f"{'abcdef':>4.3}")
print(f"{12345:e}")
f"{total:d}"
