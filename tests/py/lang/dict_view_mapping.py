# dict views expose their dict as a read-only .mapping
d = {'a': 1}; k = d.keys(); print(k.mapping, d.items().mapping['a'], d.values().mapping == d, type(k.mapping).__name__)
