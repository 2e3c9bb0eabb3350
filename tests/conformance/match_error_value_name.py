# A value pattern's name is looked up only when the match gets that far
import math
match 1:
    case math.pi:
        print("pi")
    case 2:
        print("two")
    case math.nope:
        print("nope")
