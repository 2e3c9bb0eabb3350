# a for header missing its colon, with a trailing comment
data = [1, 2]
for item in data  # loop over data
    print(item)
