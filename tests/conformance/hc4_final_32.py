x = 1
__import__('enum') if False else 5
