from string import Template
t = Template("line one\ncost: $5 here")
print(t.safe_substitute())
t.substitute()
