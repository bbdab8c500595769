class M:
    class Inner(Exception):
        pass
class Q(ValueError):
    __qualname__ = "Renamed"
try:
    raise Q("q")
except Q:
    pass
raise M.Inner("x")
