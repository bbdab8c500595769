from dataclasses import dataclass
@dataclass
class P:
    x: int
    def __post_init__(self):
        if self.x < 0:
            raise ValueError('x must be >= 0')
P(1)
P(-1)
