from dataclasses import astuple
astuple(5)
