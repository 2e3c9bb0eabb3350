from dataclasses import dataclass, asdict
asdict(5)
