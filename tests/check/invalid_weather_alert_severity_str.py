# stubs: weather.pyi
alerts = await get_alerts("south")
worst = max(alerts, key=lambda a: a["severity"])
print("Severity: " + worst["severity"])  # error: operator-type
