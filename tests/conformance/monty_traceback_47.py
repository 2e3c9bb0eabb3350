# === uncaught error traceback shape 47 ===
'abc'.encode('ascii').decode('utf-16')
