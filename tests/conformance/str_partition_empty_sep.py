print("x y".partition(" "))
"x y".partition("")
