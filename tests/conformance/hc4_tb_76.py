total = "sum: "
total += 5
