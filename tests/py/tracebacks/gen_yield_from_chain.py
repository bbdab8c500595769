# An exception escaping a chain of generators resumed by for / yield from: every frame in the traceback.
def inner():
    yield 1
    yield {}["missing"]
def outer():
    yield from inner()
def main():
    for x in outer():
        print(x)
main()
