# stubs: files.pyi
text = read_file("data.csv")
rows = [line.split(",") for line in text.strip().splitlines()]
header, *body = rows
index = {name: i for i, name in enumerate(header)}
amounts = [float(r[index["amount"]]) for r in body if r]
print(round(sum(amounts), 2))
