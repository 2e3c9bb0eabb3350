icons = {"ok": "👍"}
msg = icons["ok"] + icons["bad"]
