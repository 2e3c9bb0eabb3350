config = {"debug": 0}
assert config["debug"], "debug must be on"
