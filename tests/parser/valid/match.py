match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x, y=5) if x > 0:
        pass
    case {"a": 1, "b": b, **rest}:
        pass
    case {1: _, 2.5: [_, *others], None: None}:
        pass
    case (1 | 2 | 3) as small:
        pass
    case -1 | 1.5 | 2+3j | -4-5j | "s" "t" | b"x" | True | False | None:
        pass
    case a.b.c | a.b:
        pass
    case [1, 2, *_]:
        pass
    case ():
        pass
    case (x,):
        pass
    case (x):
        pass
    case {}:
        pass
    case Point():
        pass
    case m.Point(1, 2, z=3):
        pass
    case x, y:
        pass
    case *a, b:
        pass
    case _:
        pass
match x, y:
    case _: pass
match = 5
match(1)
case = 3
print(match, case)
_ = 1
