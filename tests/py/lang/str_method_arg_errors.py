# str/list method argument errors: which argument is checked first, "None" in clinic messages
cases = ['"a".replace(None, "")', '"a".removeprefix(None)', '"a".encode(None)', '"a".encode("utf-8", None)',
         'str.maketrans("a", None)', '"a".find(1, None)', '"a".find(0, "xyz")', '"a".count(None, "*")',
         '"a".split(1, "x")', '"a".rsplit(-1, "x")', '"a".split(5, "")', '[].pop(None)', 'format(1, None)',
         'str(b"a", None)', 'type(None, (), {})', '"a".partition(None)', '"a".startswith(None)']
for s in cases:
    try:
        eval(s)
    except TypeError as e:
        print(s, '->', e)
