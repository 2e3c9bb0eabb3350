# a typo of a global name gets a suggestion
def count():
    return number_of_items
number_of_items = 5
print(count())
print(number_of_itmes + 1)
