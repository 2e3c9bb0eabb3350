# stubs: crm.pyi
nums = [1, 2]
nums.append("x")
print(nums[2].upper())
rec = {"status": "ok", "count": 0}
rec["items"] = []
rec["items"].append(1)
d = {"a": 1}
d["b"] = "s"
print(d["b"].upper())
s = {1}
s.add("x")
for v in s:
    print(v.upper() if isinstance(v, str) else v)
