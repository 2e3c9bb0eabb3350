# stubs: crm.pyi
code = 200
if code == "200" or code != 404:
    print("ok")
print(1 < 2.5, "a" < "b", [1] < [2], (1, "a") < (1, "b"))
