products = [
    ("widget", 2.50, 10),
    ("gadget", 13.99, 3),
    ("doohickey", 0.75, 100),
]
print(f"{'Item':<12}{'Price':>8}{'Qty':>6}{'Total':>10}")
grand = 0
for name, price, qty in products:
    line = price * qty
    grand += line
    print(f"{name:<12}{price:>8.2f}{qty:>6d}{line:>10.2f}")
print("-" * 36)
print(f"{'TOTAL':<26}{grand:>10.2f}")
print(f"{grand:=^20.1f}")
