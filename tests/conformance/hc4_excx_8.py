try:
    raise TypeError("plain, not a group")
except* ValueError:
    print("no")
