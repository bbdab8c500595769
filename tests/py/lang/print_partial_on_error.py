# print() writes the items before one whose str() raises
class S:
    def __str__(self):
        raise ValueError('bad str')


try:
    print('before', 1, S(), 'after')
except ValueError as e:
    print('caught', e)
try:
    print(S())
except ValueError as e:
    print('caught', e)
