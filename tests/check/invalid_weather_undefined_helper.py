# stubs: weather.pyi
reports = []
for c in cities:
    reports.append(await get_weather(c))
print(format_report(reports))  # error: undefined-name
