# an uncaught KeyboardInterrupt ends the process with status 130, like a SIGINT
print('before')
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print('caught once')
print('raising again')
raise KeyboardInterrupt
