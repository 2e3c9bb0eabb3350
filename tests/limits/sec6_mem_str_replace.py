# run: --max-memory 32M
s = "a" * 1000
for _ in range(10):
    s = s.replace("a", "aaaaaaaaaa")
# expect: limit memory
