# === SystemExit with no code ===
print('before exit')
raise SystemExit
