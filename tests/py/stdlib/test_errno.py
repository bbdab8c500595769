import errno, os
print(errno.ENOENT, errno.errorcode[2], errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode), errno.EDEADLK, errno.EOPNOTSUPP)
try:
    os.listdir('/nonexistent')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
print(sorted(n for n in dir(errno) if n.startswith('E'))[:10], len([n for n in dir(errno) if n.startswith('E')]))
print(all(getattr(errno, v) == k for k, v in errno.errorcode.items()))
