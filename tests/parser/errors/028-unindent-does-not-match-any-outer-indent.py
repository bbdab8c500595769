if x:
        y
    z  # comment
