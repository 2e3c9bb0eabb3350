def histogram(values, bins, lo, hi):
    width = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        if lo <= v < hi:
            counts[int((v - lo) // width)] += 1
    return [(lo + i * width, lo + (i + 1) * width, c) for i, c in enumerate(counts)]
vals = [1.2, 2.5, 2.7, 3.1, 4.9, 5.0, 5.5, 7.2, 9.9, 10.0]
for a, b, c in histogram(vals, 5, 0, 10):
    print(f"[{a:4.1f}, {b:4.1f}) {'#' * c}")
