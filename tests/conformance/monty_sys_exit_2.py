# === SystemExit with a zero code ===
def main():
    print('working')
    raise SystemExit(0)
main()
print('never')
