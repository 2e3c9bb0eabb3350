# === uncaught error traceback shape 8 ===
text = 'abc'
text.foo.bar
