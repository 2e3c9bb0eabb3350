class Config:
    DEFAULTS = {"a": 1}
    TIMEOUT = DEFAULTS["timeout"]
