# === SystemExit with a message ===
def check(x):
    if x < 0:
        raise SystemExit(f'negative input: {x}')
    return x
check(5)
check(-2)
