counter = 0
def bump():
    counter: int = 1
    global counter
