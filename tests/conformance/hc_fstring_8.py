items = {"apple": 0.5, "banana": 0.25, "cherry": 3}
for name, price in items.items():
    print(f"{name:.<15}{price:>6.2f}")
w = max(len(k) for k in items)
print("\n".join(f"{k:>{w}}: {v!r}" for k, v in items.items()))
print(f"{len(items)} items, total {sum(items.values()):.2f}")
n = 1234567.891
print(f"{n:,.0f}", f"{n:>15,.2f}", f"{n:e}", f"{int(n):,d}", f"{-n:,.1f}")
f"{'%s' % 'old'} {'{}'.format('new')}"
