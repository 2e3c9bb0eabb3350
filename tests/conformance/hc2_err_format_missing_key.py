# uncaught error: format missing key
template = "{name} is {age}"
print(template.format(name="a"))
