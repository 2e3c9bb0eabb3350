# === SystemExit with an int code ===
print('failing with code 3')
raise SystemExit(3)
