from dataclasses import fields
fields(5)
