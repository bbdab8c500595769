import warnings
def old_api(x):
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return x
print(old_api(3))
warnings.warn('runtime issue', RuntimeWarning)
print(warnings.formatwarning('m', UserWarning, 'no_such_file.py', 3), end='')
