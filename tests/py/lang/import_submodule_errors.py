# importing a submodule of a module that is no package: "'os' is not a package" (json, re and
# collections are packages in CPython's library, written as one file in pyvm's lib/)
for n in ['os.pathx', 'collections.foo', 'json.x', 're.y', 'math.z', 'sys.q', 'threading.w', 'collections.abc', 'os.path']:
    try:
        __import__(n)
        print('ok', n)
    except ImportError as e:
        print(type(e).__name__, e)
