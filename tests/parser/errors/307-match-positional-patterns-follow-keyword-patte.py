match 1:
    case A(a=1, 2):
        pass
