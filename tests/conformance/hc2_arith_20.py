# divmod with floats and negative zero
print(divmod(7.0, 2), divmod(-7.0, 2), divmod(7, -2.5))
print(divmod(0.0, -1), divmod(-0.0, 1))
print(divmod(10 ** 20, 3.0))
print(-7.5 // 1, -7.5 % 1)
q, r = divmod(100, 7)
print(f"{q}r{r}")
divmod(1.5, 0.0)
