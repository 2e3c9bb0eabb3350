from dataclasses import asdict
class NotDC:
    pass
asdict(NotDC())
