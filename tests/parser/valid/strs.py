a = 'single' "double" '''triple''' """tri"""
b = r'\n' R"\t" u'uni' 'x'
bb = rb'\x00' Br"raw" b'\x41\101\n' b"\x00\xff\\\'" B'q'
c = '\N{BULLET} \u00e9 \U0001F600 \x41 \101 \0 \a\b\f\v\\ \q \777'
d = ('implicit'
     'concat')
e = b'a' b'b'
f = 'it\'s' + "say \"hi\""
g = '\
x'
h = """line1
line2\
continued"""
i = U'x' 'y'
j = 'tab\there' '\r\n' "quote' mix\""
k = r'\'' r"\""
kk = rb'\\'
