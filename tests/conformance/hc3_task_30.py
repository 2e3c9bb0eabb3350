text = """Name: Alice
Age: 30
Skills: python, sql,  go
Name: Bob
Age: 25
Skills: rust"""
people, cur = [], None
for line in text.splitlines():
    key, _, val = line.partition(": ")
    if key == "Name":
        cur = {"name": val}
        people.append(cur)
    elif key == "Age":
        cur["age"] = int(val)
    elif key == "Skills":
        cur["skills"] = [s.strip() for s in val.split(",")]
print(people)
print({p["name"]: len(p["skills"]) for p in people})
people
