template = "Dear {name},\nYour balance is {balance:,.2f} as of {day}.\n"
customers = [
    {"name": "Ann", "balance": 1234.5, "day": "Mon"},
    {"name": "Bob", "balance": -20, "day": "Tue"},
]
for c in customers:
    print(template.format(**c), end="")
print(template.format_map({"name": "Z", "balance": 0, "day": "-"}))
template.format(name="x", balance=1)
