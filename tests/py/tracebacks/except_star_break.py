def f():
    for i in range(3):
        try:
            pass
        except* ValueError:
            for j in range(2):
                break
            if i:
                continue
