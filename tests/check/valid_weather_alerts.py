# stubs: weather.pyi
alerts = await get_alerts(region="west-africa")
severe = sorted((a for a in alerts if a["severity"] >= 3), key=lambda a: -a["severity"])
for a in severe:
    print(f"[{a['severity']}] {a['headline']}")
if not severe:
    print("no severe alerts")
