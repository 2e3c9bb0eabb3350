# === nested dict access ===
config = {'db': {'host': 'localhost', 'ports': [5432, 5433]}, 'debug': False}
assert config['db']['ports'][-1] == 5433, 'deep'
assert config.get('cache', {}).get('size', 64) == 64, 'chained get'
config['db']['ports'].append(6000)
assert len(config['db']['ports']) == 3, 'mutation'
config['db']['user']
