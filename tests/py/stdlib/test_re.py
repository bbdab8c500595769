# re
import re


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


m = re.search(r'(?P<w>\w+) (\d+)', 'hello 123 world')
print(m, m.group(0), m.group(1, 2), m.groups(), m.groupdict(), m.span(2), m.start(), m.end(1), m.lastindex, m.lastgroup, m.regs)
print(m['w'], m[2], m.expand(r'\2-\g<w>-\g<0>'), m.string, m.re, m.pos, m.endpos)
show(m.group, 5)
show(m.group, 'nope')
print(re.match(r'\d+', '123abc'), re.match(r'\d+', 'abc'), re.fullmatch(r'[a-z]+', 'abc'), re.fullmatch(r'[a-z]+', 'abc1'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\w)\d', 'a1 b2'), re.findall('x*', 'abxd'))
print([mm.span() for mm in re.finditer(r'\w+', 'one two  three')], [mm.group() for mm in re.finditer('', 'ab')])
print(re.sub(r'(\d)', r'<\1>', 'a1b22'), re.sub('x*', '-', 'abxd'), re.sub(r'\s+', ' ', '  lots   of \t space '), re.subn('a', 'b', 'banana'), re.sub('a', 'o', 'banana', count=2))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith'), re.sub(r'\d+', lambda mm: str(int(mm.group()) * 2), 'a1 b22 c333'))
print(re.sub('(a)|b', r'[\1]', 'abc'), re.sub('a', r'\n', 'xa') == 'x\n', re.sub('a', '\\\\', 'a'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split('x*', 'axbc'), re.split(r'\W+', 'Words, words, words.'), re.split(r'\W+', 'Words, words, words.', maxsplit=1), re.split('[a-f]+', '0a3B9', flags=re.I))
print(re.escape('a.b*c d-e_f'), re.escape('http://x.y/?q=1&r=[2]'))
print(re.compile('a+b', re.I), re.compile(r'\d'), re.compile('x', re.M | re.S).flags, re.compile('x').flags, re.compile('(a)(?P<n>b)').groups, dict(re.compile('(a)(?P<n>b)').groupindex))
print(re.I, repr(re.M), re.I | re.M, re.IGNORECASE == 2, int(re.S | re.X))
print(re.search('^b', 'a\nb'), re.search('^b', 'a\nb', re.M), re.search('a$', 'a\n'), re.search('a$', 'a\nb'), re.search('a$', 'a\nb', re.M), re.search(r'a\Z', 'a\n'))
print(re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.S), re.search('(?s)a.b', 'a\nb'), re.search('(?i)HELLO', 'say hello'), re.search('(?i:H)ello', 'hello'))
print(re.findall(r'\bfoo\b', 'foo foobar (foo) barfoo'), re.findall(r'\Bo\B', 'foo boo o'), re.findall(r'[^aeiou\s]+', 'hello world'))
print(re.findall(r'a*?b', 'aab ab b'), re.findall(r'<.*>', '<a><b>'), re.findall(r'<.*?>', '<a><b>'), re.findall(r'a{2,3}', 'aaaaaaa'), re.findall(r'a{2,3}?', 'aaaaaaa'), re.findall(r'x{,2}y', 'xxxy'))
print(re.search(r'(\w+)\s+\1', 'hello hello world'), re.search(r'(?P<c>.)(?P=c)', 'abccd'), re.search(r'(?i)(a)\1', 'aA'))
print(re.search(r'foo(?=bar)', 'foobar foobaz'), re.findall(r'foo(?!bar)\w*', 'foobar foobaz'), re.findall(r'(?<=\$)\d+', 'cost $42 or $7'), re.findall(r'(?<!\$)\b\d+', 'cost $42 or 7'))
print(re.search(r'(a)?(?(1)b|c)', 'ab'), re.search(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'a++a', 'aaa'), re.match(r'a*+b', 'aab'))
print(re.findall(r'[\d.]+', 'v1.2.3 and 4'), re.findall(r'[a-c\-x]', 'a-bx_d'), re.findall(r'[\w]+', 'ab_1 c'), re.findall(r'[^\W\d]+', 'ab12cd'), re.findall('[]a]', 'a]b'), re.findall(r'[\]]', 'a]'))
print(re.findall(r'\x41\u0042\101', 'ABA'), re.findall(r'[\x41-\x43]', 'ABCD'), re.findall('\\t', 'a\tb'), re.search(r'\.', 'a.b').start())
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(a*)*', 'aa').groups(), re.match(r'(a*)+', 'b').groups(), re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(a|b)*', 'ab').lastindex)
print(re.findall(r'''(?x)
    (\d+)   # number
    \s*     # space
    ([a-z]+) # unit
''', '10 kg 5m'), re.search(r'a(?#comment)b', 'ab'))
p = re.compile(r'\d+')
print(p.findall('a1b22c333', 2, 7), p.search('123', 1), p.match('a12', 1), p.fullmatch('12x', 0, 2), p.sub('#', 'a1b2'), p.split('a1b2c'))
print(re.match('a', 'ba', 1) if False else p.match('x12', 1).group(), re.compile('^a').search('ba', 1), re.compile('$').search('ab', 0, 1).span())
print(re.findall(r'(?m)^\w+', 'one\ntwo\nthree'), re.findall(r'^$', '', re.M), re.findall(r'$', 'a\nb\n'), re.split(r'\n', 'a\nb\n'))
for pat in ['*a', 'a**', '(a', 'a)', '[a', r'\q', '(?<x)', 'a{2,1}', '[z-a]', '(?P<1a>x)', '(?P<n>a)(?P<n>b)', r'\2(a)', '(?<=a+)b', '(?P=zz)', '(?i', 'x(?i)y', 'a|*', r'\x4', '(?z)']:
    try:
        re.compile(pat)
        print('ok', pat)
    except re.error as e:
        print(repr(pat), '|', e, '|', e.msg, e.pos)
try:
    re.compile('(a\nb')
except re.error as e:
    print(e, e.lineno, e.colno)
show(re.sub, 'a', r'\q', 'a')
show(re.sub, '(a)', r'\2', 'a')
show(re.sub, '(a)', r'\g<x>', 'a')
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match), re.error.__module__, issubclass(re.error, Exception))
text = 'The year 2023 had 365 days; 2024 has 366.'
print(re.findall(r'\b(\d{4})\b', text), re.sub(r'(\d+)', lambda mm: '<' + mm.group(1)[::-1] + '>', text))
email = re.compile(r'^[\w.+-]+@[\w-]+\.[\w.]+$')
print([bool(email.match(e)) for e in ['a.b@c.com', 'bad@', 'x+y@z.co.uk', '@no.com']])
long_text = 'ab' * 3000 + 'c'
print(len(re.findall('ab', long_text)), re.search('c', long_text).start(), re.match('(?:ab)*c', long_text).end(), re.match('(ab)+', long_text).span(1))
print(re.sub(r'[aeiou]', '', 'programming in python is fun' * 20)[:40])
