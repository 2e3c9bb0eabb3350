status = {"ok": "✅", "fail": "❌"}
print(status["ok"] + 1)
