class Bad:
    def __str__(self):
        raise RuntimeError("no str")
b = Bad()
print(f"value={b}")
