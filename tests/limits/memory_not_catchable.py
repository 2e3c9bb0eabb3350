# run: --max-memory 64M
try:
    x = [0]
    while True:
        x = x + x
except Exception:
    print("swallowed")
# expect: limit memory
