# === exception group as the cause of another error ===
try:
    raise ExceptionGroup('group', [TypeError('t'), ValueError('v')])
except ExceptionGroup as eg:
    raise RuntimeError('wrapper') from eg
