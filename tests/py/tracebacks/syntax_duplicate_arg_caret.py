def area(width: float, height: float, width: float = 2.0):
    return width * height
