# stubs: files.pyi
import pathlib  # error: unknown-module
