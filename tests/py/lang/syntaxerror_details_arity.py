# SyntaxError(msg, details): details is a sequence of 4 to 6 items
for details in [('f.py', 1, 2, 'x'), ('f.py', 1, 2, 'x', 1, 3), ('f.py', 1), 'No such file', ['a', 1, 2, 't', 1, 2, 3], 5]:
    try:
        e = SyntaxError('msg', details)
        print(e, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as ex:
        print('TypeError:', ex)
