rows = [("Alice", 93.456), ("Bob", 7.1), ("Christopher", 100)]
for name, score in rows:
    bar = "█" * int(score // 10)
    print(f"{name[:8]:<8} {score:>7.2f} {bar}")
total = sum(s for _, s in rows)
print(f"{'avg':<8} {total / len(rows):>7.2f}")
print(f"{'é':^5}|{'日本':>6}|")
print(f"{len('日本')} {'日本'.encode()}")
