students = {"ann": [90, 85], "bob": [70], "cy": []}
avgs = {n: (sum(s) / len(s) if s else None) for n, s in students.items()}
print(avgs)
print({n: a for n, a in avgs.items() if a is not None and a > 75})
merged = {}
for d in [{"a": 1, "b": 2}, {"b": 3, "c": 4}]:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
print(sorted(merged.items(), key=lambda kv: kv[1], reverse=True)[0])
print(dict(sorted(merged.items(), reverse=True)))
print(len(students), "ann" in students, students.get("zed", []))
students["bob"][0] + students["cy"][0]
