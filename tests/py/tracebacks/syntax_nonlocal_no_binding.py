print("not printed")
def outer():
    def inner():
        nonlocal missing_name
        missing_name = 1
    return inner
