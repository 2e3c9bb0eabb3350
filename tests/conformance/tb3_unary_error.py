v = "5"
print(-v)
