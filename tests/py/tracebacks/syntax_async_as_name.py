# 'async' used as a name at the start of a statement: CPython's parser reads it as the start of
# an async statement and reports the token after it
print('never printed')
total = 0
async = total + 1
