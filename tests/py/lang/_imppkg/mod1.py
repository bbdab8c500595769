print("init mod1", __name__, __package__)


def f():
    return "f"
