# uncaught error: str plus int var
age = 30
msg = "Age: " + age
