# stubs: issues.pyi
busy = [i for i in list_issues("acme/widgets") if len(i["comments"]) > 5]  # error: arg-type
print(len(busy))
