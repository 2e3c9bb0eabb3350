tpl = "{0} and {1}"
print(tpl.format("a"))
