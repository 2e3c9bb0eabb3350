# stubs: warehouse.pyi
from sqlalchemy import create_engine  # error: unknown-module

engine = create_engine("sqlite://")
