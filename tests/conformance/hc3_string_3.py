import string
t = string.Template("Hi $user, your code is ${code}.")
print(t.substitute(user="x", code=1))
t.substitute(user="y")
