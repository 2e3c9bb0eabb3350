greeting = "héllo wörld"
count = greeting.count()
