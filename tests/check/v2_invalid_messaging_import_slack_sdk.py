# stubs: messaging.pyi
from slack_sdk import WebClient  # error: unknown-module

client = WebClient(token="x")
