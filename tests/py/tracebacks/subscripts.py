# subscripts mark the brackets: value ~~~, [index] ^^^
config = {'db': {'host': 'localhost'}, 'ports': [80, 443]}
def lookup(section, key):
    return config[section][key]
print(lookup('db', 'host'))
print(config['ports'] [1])
print(lookup('db', 'port'))
