# a while header missing its colon with trailing blanks
n = 3
while n > 0   
    n -= 1
