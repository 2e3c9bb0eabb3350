big = complex(1.5e308, 1.5e308)
print(big * 0.5)
abs(big)
