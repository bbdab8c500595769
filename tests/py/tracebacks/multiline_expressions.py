# an expression spanning lines is marked to the end of its first line
def build(parts):
    return int(
        parts[0]) + 1
print(build(['41']))
values = [1, 2, 3]
total = (values[0] +
         values[1] * \
         values[5])
