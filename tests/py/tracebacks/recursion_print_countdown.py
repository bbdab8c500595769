def countdown(n):
    print(n)
    countdown(n - 1)
countdown(5)
