"""Regular expressions (the re module of CPython 3.11, written for pyvm).

A pattern is parsed into a tree and compiled into a chain of Python closures that match by
backtracking (each piece is compiled knowing what follows it). Repetitions of single
characters are matched with loops; other repetitions recurse. Supported: literals, escapes,
classes, ., groups (named, non-capturing, atomic), alternation, greedy/lazy/possessive
quantifiers, anchors, \\b \\B \\A \\Z, back-references, look-ahead/look-behind, conditionals,
inline and scoped flags; match/search/fullmatch/findall/finditer/sub/subn/split/escape."""

import sys as _sys
import enum as _enum

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split',
    'findall', 'finditer', 'compile', 'purge', 'template', 'escape',
    'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
    'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
    'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'


class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        if self._name_ is None:
            return 're.%s(%r)' % (type(self).__name__, self._value_)
        return '|'.join('re.%s' % name for name in self._name_.split('|'))

    __str__ = __repr__


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_I, _L, _M, _S, _X, _U, _A, _DEBUG = 2, 4, 8, 16, 64, 32, 256, 128


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

# ---- character predicates -----------------------------------------------------------------------


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_word_ascii(c):
    return c < '\x80' and (c.isalnum() or c == '_')


def _is_digit(c):
    return c.isdecimal()


def _is_digit_ascii(c):
    return '0' <= c <= '9'


def _is_space(c):
    return c.isspace()


def _is_space_ascii(c):
    return c in ' \t\n\r\x0b\x0c'


# ---- parser -------------------------------------------------------------------------------------
# Nodes are tuples:
#   ('lit', text)                   literal text
#   ('set', items, negated)         a character class; items: chars, ('range', lo, hi), ('cat', name)
#   ('any',)                        .
#   ('cat', name)                   \d \D \w \W \s \S outside a class
#   ('seq', [nodes])
#   ('alt', [nodes])
#   ('group', index or None, node)  capturing when index is an int
#   ('rep', node, min, max, mode)   mode: 'greedy' | 'lazy' | 'possessive'
#   ('at', kind)                    ^ $ \A \Z \b \B
#   ('ref', index)
#   ('look', node, ahead, negated)
#   ('atomic', node)
#   ('cond', index, yes, no)
#   ('flags', on, off, node)        scoped flags (?i:...)

_SPECIAL = '.^$*+?{}[]\\|()'
_REPEAT_CHARS = '*+?{'
_ESCAPES = {
    'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}
_CATEGORIES = 'dDwWsS'
_FLAG_CHARS = {'i': _I, 'L': _L, 'm': _M, 's': _S, 'x': _X, 'a': _A, 'u': _U}


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.n = len(pattern)
        self.i = 0
        self.flags = flags
        self.groups = 1  # number of groups + 1
        self.groupdict = {}
        self.open_groups = []
        self.grouprefpos = {}
        self.global_flags_ok = True
        self.lookbehinds = []

    def error(self, msg, pos=None):
        if pos is None:
            pos = self.i
        return error(msg, self.p, pos)

    def peek(self):
        return self.p[self.i] if self.i < self.n else ''

    def verbose_skip(self):
        if self.flags & _X:
            p = self.p
            while self.i < self.n:
                c = p[self.i]
                if c in ' \t\n\r\x0b\x0c':
                    self.i += 1
                elif c == '#':
                    while self.i < self.n and p[self.i] != '\n':
                        self.i += 1
                else:
                    break

    def parse(self):
        node = self.parse_alt(0)
        if self.i < self.n:
            if self.p[self.i] == ')':
                raise self.error('unbalanced parenthesis')
            raise self.error('unexpected end of pattern')
        for g, pos in self.grouprefpos.items():
            if g >= self.groups:
                raise self.error('invalid group reference %d' % g, pos)
        for lb in self.lookbehinds:
            if _width(lb) is None:
                raise error('look-behind requires fixed-width pattern')
        return node

    def parse_alt(self, depth):
        alts = [self.parse_seq(depth, depth == 0)]
        while self.i < self.n and self.p[self.i] == '|':
            self.i += 1
            alts.append(self.parse_seq(depth))
        if len(alts) == 1:
            return alts[0]
        return ('alt', alts)

    def parse_seq(self, depth, first=False):
        items = []
        p = self.p
        while True:
            self.verbose_skip()
            if self.i >= self.n:
                break
            c = p[self.i]
            if c == '|' or c == ')':
                break
            start = self.i
            self.global_flags_ok = first and not items
            atom = self.parse_atom(depth)
            if atom is None:
                # a comment or global flags: a quantifier after it applies to the item before
                self.verbose_skip()
                if items and self.i < self.n and p[self.i] in _REPEAT_CHARS:
                    items[-1] = self.parse_repeat(items[-1], start)
                continue
            atom = self.parse_repeat(atom, start)
            items.append(atom)
        # merge adjacent literal characters
        merged = []
        for it in items:
            if it[0] == 'lit' and merged and merged[-1][0] == 'lit':
                merged[-1] = ('lit', merged[-1][1] + it[1])
            else:
                merged.append(it)
        if len(merged) == 1:
            return merged[0]
        return ('seq', merged)

    def parse_repeat(self, atom, start):
        p = self.p
        while True:
            self.verbose_skip()
            if self.i >= self.n:
                return atom
            c = p[self.i]
            here = self.i
            if c == '*':
                lo, hi = 0, None
                self.i += 1
            elif c == '+':
                lo, hi = 1, None
                self.i += 1
            elif c == '?':
                lo, hi = 0, 1
                self.i += 1
            elif c == '{':
                r = self.parse_brace()
                if r is None:
                    return atom
                lo, hi = r
            else:
                return atom
            if atom[0] == 'at' or atom[0] == 'empty':
                raise self.error('nothing to repeat', here)
            if atom[0] == 'rep':
                raise self.error('multiple repeat', here)
            mode = 'greedy'
            if self.i < self.n and p[self.i] == '?':
                mode = 'lazy'
                self.i += 1
            elif self.i < self.n and p[self.i] == '+':
                mode = 'possessive'
                self.i += 1
            atom = ('rep', atom, lo, hi, mode)
            # a quantifier directly following another is an error
            self.verbose_skip()
            if self.i < self.n and p[self.i] in '*+?':
                raise self.error('multiple repeat', self.i)
            if self.i < self.n and p[self.i] == '{':
                save = self.i
                if self.parse_brace() is not None:
                    raise self.error('multiple repeat', save)
                self.i = save
            return atom

    def parse_brace(self):
        # {m}, {m,}, {,n}, {m,n} and {,}; anything else is a literal '{'
        p = self.p
        n = self.n
        start = self.i
        j = start + 1
        if j < n and p[j] == '}':
            return None
        lo_start = j
        while j < n and p[j] in '0123456789':
            j += 1
        lo_text = p[lo_start:j]
        if j < n and p[j] == ',':
            j += 1
            hs = j
            while j < n and p[j] in '0123456789':
                j += 1
            hi_text = p[hs:j]
        else:
            hi_text = lo_text
        if j >= n or p[j] != '}':
            return None
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else None
        if lo >= 4294967295 or (hi is not None and hi >= 4294967295):
            raise self.error('the repetition number is too large', start + 1)
        if hi is not None and hi < lo:
            raise self.error('min repeat greater than max repeat', start + 1)
        self.i = j + 1
        return lo, hi

    def parse_atom(self, depth):
        p = self.p
        c = p[self.i]
        if c == '(':
            return self.parse_group(depth)
        if c == '[':
            return self.parse_class()
        if c == '\\':
            return self.parse_escape()
        if c == '.':
            self.i += 1
            return ('any',)
        if c == '^':
            self.i += 1
            return ('at', '^')
        if c == '$':
            self.i += 1
            return ('at', '$')
        if c in '*+?':
            raise self.error('nothing to repeat')
        if c == '{':
            save = self.i
            if self.parse_brace() is not None:
                raise self.error('nothing to repeat', save)
            self.i = save + 1
            return ('lit', '{')
        self.i += 1
        return ('lit', c)

    def parse_group_name(self, terminator, startpos):
        p = self.p
        end = p.find(terminator, self.i)
        if end < 0:
            raise self.error('missing %s, unterminated name' % terminator, self.i)
        name = p[self.i:end]
        if not name:
            raise self.error('missing group name', self.i)
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, self.i)
        self.i = end + 1
        return name

    def parse_flags(self, start):
        # after '(?': flags [- flags] then ':' or ')'
        p = self.p
        on = 0
        off = 0
        while self.i < self.n and p[self.i] in _FLAG_CHARS:
            on |= _FLAG_CHARS[p[self.i]]
            self.i += 1
        if self.i < self.n and p[self.i] == '-':
            self.i += 1
            if self.i >= self.n or p[self.i] not in _FLAG_CHARS:
                raise self.error('missing flag' if self.i >= self.n else 'unknown flag', self.i)
            while self.i < self.n and p[self.i] in _FLAG_CHARS:
                off |= _FLAG_CHARS[p[self.i]]
                self.i += 1
        if self.i >= self.n:
            raise self.error('missing -, : or )', self.i)
        c = p[self.i]
        if c == ')':
            self.i += 1
            if off:
                raise self.error('missing :', self.i - 1)
            if not self.global_flags_ok:
                raise self.error('global flags not at the start of the expression', start)
            self.flags |= on
            return None
        if c == ':':
            self.i += 1
            return on, off
        if c.isalpha():
            raise self.error('unknown flag', self.i)
        raise self.error('missing -, : or )', self.i)

    def parse_group(self, depth):
        p = self.p
        start = self.i
        self.i += 1
        index = None
        if self.i < self.n and p[self.i] == '?':
            self.i += 1
            if self.i >= self.n:
                raise self.error('unexpected end of pattern')
            c = p[self.i]
            if c == ':':
                self.i += 1
            elif c == 'P':
                self.i += 1
                c2 = p[self.i] if self.i < self.n else ''
                if c2 == '<':
                    self.i += 1
                    name = self.parse_group_name('>', start)
                    if name in self.groupdict:
                        raise self.error("redefinition of group name %r as group %d; was group %d"
                                         % (name, self.groups, self.groupdict[name]), self.i - len(name) - 1)
                    index = self.groups
                    self.groupdict[name] = index
                    self.groups += 1
                elif c2 == '=':
                    self.i += 1
                    namepos = self.i
                    name = self.parse_group_name(')', start)
                    if name not in self.groupdict:
                        raise self.error('unknown group name %r' % name, namepos)
                    gid = self.groupdict[name]
                    if gid in self.open_groups:
                        raise self.error('cannot refer to an open group', namepos)
                    return ('ref', gid)
                else:
                    if not c2:
                        raise self.error('unexpected end of pattern')
                    raise self.error('unknown extension ?P' + c2, self.i - 1)
            elif c == '#':
                end = p.find(')', self.i)
                if end < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i = end + 1
                return None
            elif c in '=!':
                self.i += 1
                node = self.parse_alt(depth + 1)
                self.expect_close(start)
                return ('look', node, True, c == '!')
            elif c == '<':
                self.i += 1
                c2 = p[self.i] if self.i < self.n else ''
                if c2 not in ('=', '!'):
                    if not c2:
                        raise self.error('unexpected end of pattern')
                    raise self.error('unknown extension ?<' + c2, start + 1)
                self.i += 1
                node = self.parse_alt(depth + 1)
                self.expect_close(start)
                self.lookbehinds.append(node)
                return ('look', node, False, c2 == '!')
            elif c == '>':
                self.i += 1
                node = self.parse_alt(depth + 1)
                self.expect_close(start)
                return ('atomic', node)
            elif c == '(':
                self.i += 1
                end = p.find(')', self.i)
                if end < 0:
                    raise self.error('missing ), unterminated name', self.i)
                ref = p[self.i:end]
                if ref.isdigit():
                    gid = int(ref)
                    if gid == 0:
                        raise self.error('bad group number', self.i)
                    if gid >= 100:
                        raise self.error('invalid group reference %d' % gid, self.i)
                    self.grouprefpos.setdefault(gid, self.i)
                elif ref.isidentifier():
                    if ref not in self.groupdict:
                        raise self.error('unknown group name %r' % ref, self.i)
                    gid = self.groupdict[ref]
                else:
                    raise self.error('bad character in group name %r' % ref, self.i)
                self.i = end + 1
                yes = self.parse_seq(depth + 1)
                no = ('seq', [])
                if self.i < self.n and p[self.i] == '|':
                    self.i += 1
                    no = self.parse_seq(depth + 1)
                    if self.i < self.n and p[self.i] == '|':
                        raise self.error('conditional backref with more than two branches')
                self.expect_close(start)
                return ('cond', gid, yes, no)
            elif c in _FLAG_CHARS or c == '-':
                r = self.parse_flags(start)
                if r is None:
                    return None
                on, off = r
                old = self.flags
                self.flags = (self.flags | on) & ~off
                node = self.parse_alt(depth + 1)
                self.flags = old
                self.expect_close(start)
                return ('flags', on, off, node)
            else:
                if c == '\\':
                    c = p[self.i:self.i + 2]
                raise self.error('unknown extension ?' + c, self.i - 1)
        else:
            index = self.groups
            self.groups += 1
        if index is not None:
            self.open_groups.append(index)
        node = self.parse_alt(depth + 1)
        self.expect_close(start)
        if index is not None:
            self.open_groups.remove(index)
        return ('group', index, node)

    def expect_close(self, start):
        if self.i >= self.n or self.p[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def parse_escape_char(self, in_class):
        """An escape producing one character (or a category, in classes); returns
        ('char', c) or ('cat', name)."""
        p = self.p
        start = self.i
        self.i += 1
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return ('cat', c)
        if c in _ESCAPES and not (c == 'b' and not in_class):
            return ('char', _ESCAPES[c])
        if c == 'x' or c == 'u' or c == 'U':
            size = 2 if c == 'x' else 4 if c == 'u' else 8
            j = self.i
            while j < self.n and j - self.i < size and p[j] in '0123456789abcdefABCDEF':
                j += 1
            digits = p[self.i:j]
            if len(digits) < size:
                raise self.error('incomplete escape \\%s%s' % (c, digits), start)
            self.i = j
            code = int(digits, 16)
            if code > 0x10FFFF:
                raise self.error('bad escape \\%s%s' % (c, digits), start)
            return ('char', chr(code))
        if c == 'N':
            raise self.error('bad escape \\N', start)
        if c == '0':
            digits = c
            while len(digits) < 3 and self.i < self.n and p[self.i] in '01234567':
                digits += p[self.i]
                self.i += 1
            return ('char', chr(int(digits, 8)))
        if c in '1234567' and in_class:
            digits = c
            while len(digits) < 3 and self.i < self.n and p[self.i] in '01234567':
                digits += p[self.i]
                self.i += 1
            value = int(digits, 8)
            if value > 0o377:
                raise self.error('octal escape value \\%s outside of range 0-0o377' % digits, start)
            return ('char', chr(value))
        if c in '1234567':
            # three octal digits make an octal escape; otherwise a group reference
            if self.i + 1 < self.n and p[self.i] in '01234567' and p[self.i + 1] in '01234567':
                digits = c + p[self.i:self.i + 2]
                self.i += 2
                value = int(digits, 8)
                if value > 0o377:
                    raise self.error('octal escape value \\%s outside of range 0-0o377' % digits, start)
                return ('char', chr(value))
            if in_class:
                raise self.error('bad escape \\' + c, start)
            return ('digit', c)
        if c in '89':
            if in_class:
                raise self.error('bad escape \\' + c, start)
            return ('digit', c)
        if c.isascii() and c.isalpha():
            raise self.error('bad escape \\' + c, start)
        return ('char', c)

    def parse_escape(self):
        p = self.p
        start = self.i
        if self.i + 1 < self.n:
            c = p[self.i + 1]
            if c == 'A':
                self.i += 2
                return ('at', 'A')
            if c == 'Z':
                self.i += 2
                return ('at', 'Z')
            if c == 'b':
                self.i += 2
                return ('at', 'b')
            if c == 'B':
                self.i += 2
                return ('at', 'B')
        r = self.parse_escape_char(False)
        if r[0] == 'cat':
            return ('cat', r[1])
        if r[0] == 'digit':
            # back-reference: up to two digits
            digits = r[1]
            if self.i < self.n and p[self.i].isdigit() and p[self.i] in '0123456789':
                digits += p[self.i]
                self.i += 1
            gid = int(digits)
            if gid >= self.groups:
                raise self.error('invalid group reference %d' % gid, start + 1)
            if gid in self.open_groups:
                raise self.error('cannot refer to an open group', start)
            return ('ref', gid)
        return ('lit', r[1])

    def parse_class(self):
        p = self.p
        start = self.i
        self.i += 1
        negated = False
        if self.i < self.n and p[self.i] == '^':
            negated = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= self.n:
                raise self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            if c == '\\':
                r = self.parse_escape_char(True)
                if r[0] == 'cat':
                    items.append(('cat', r[1]))
                    continue
                lo = r[1]
            else:
                self.i += 1
                lo = c
            # a range?
            if self.i + 1 < self.n and p[self.i] == '-' and p[self.i + 1] != ']':
                self.i += 1
                if p[self.i] == '\\':
                    r = self.parse_escape_char(True)
                    if r[0] == 'cat':
                        raise self.error('bad character range %s' % p[item_start:self.i], item_start)
                    hi = r[1]
                else:
                    hi = p[self.i]
                    self.i += 1
                if hi < lo:
                    raise self.error('bad character range %s' % p[item_start:self.i], item_start)
                items.append(('range', lo, hi))
            else:
                items.append(lo)
        return ('set', items, negated)


def _width(node):
    """The fixed width of a node, or None if it varies."""
    kind = node[0]
    if kind == 'lit':
        return len(node[1])
    if kind in ('set', 'any', 'cat'):
        return 1
    if kind in ('at', 'look'):
        return 0
    if kind == 'seq':
        total = 0
        for n in node[1]:
            w = _width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        widths = set(_width(n) for n in node[1])
        if len(widths) == 1:
            return widths.pop()
        return None
    if kind in ('group', 'atomic'):
        return _width(node[2] if kind == 'group' else node[1])
    if kind == 'flags':
        return _width(node[3])
    if kind == 'rep':
        if node[2] == node[3]:
            w = _width(node[1])
            return None if w is None else w * node[2]
        return None
    if kind == 'cond':
        wy = _width(node[2])
        wn = _width(node[3])
        return wy if wy == wn else None
    return None


# ---- compiler -----------------------------------------------------------------------------------

class _State:
    __slots__ = ('s', 'n', 'marks', 'pend', 'lastindex', 'rep', 'lookstack', 'end', 'start',
                 'must_advance', 'atomic_end')


def _char_test(node, flags):
    """A function c -> bool for a single-character node, or None."""
    kind = node[0]
    ignore = flags & _I
    ascii = flags & _A
    if kind == 'any':
        if flags & _S:
            return lambda c: True
        return lambda c: c != '\n'
    if kind == 'lit' and len(node[1]) == 1:
        ch = node[1]
        if ignore:
            lo, up = ch.lower(), ch.upper()
            return lambda c: c == ch or c.lower() == lo or c.upper() == up
        return lambda c: c == ch
    if kind == 'cat':
        return _category_test(node[1], ascii)
    if kind == 'set':
        return _set_test(node[1], node[2], ignore, ascii)
    return None


def _category_test(name, ascii):
    if name == 'd':
        return _is_digit_ascii if ascii else _is_digit
    if name == 'w':
        return _is_word_ascii if ascii else _is_word
    if name == 's':
        return _is_space_ascii if ascii else _is_space
    inner = _category_test(name.lower(), ascii)
    return lambda c: not inner(c)


def _set_test(items, negated, ignore, ascii):
    chars = set()
    ranges = []
    cats = []
    for it in items:
        if isinstance(it, str):
            chars.add(it)
        elif it[0] == 'range':
            ranges.append((it[1], it[2]))
        else:
            cats.append(_category_test(it[1], ascii))
    if ignore:
        chars = set(chars) | {c.lower() for c in chars} | {c.upper() for c in chars}
    chars = frozenset(chars)
    ranges = tuple(ranges)
    cats = tuple(cats)

    def base(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for t in cats:
            if t(c):
                return True
        return False

    if ignore and ranges:
        def test0(c):
            return base(c) or base(c.lower()) or base(c.upper())
    else:
        test0 = base
    if not ranges and not cats:
        if negated:
            return lambda c: c not in chars
        return chars.__contains__
    if negated:
        return lambda c: not test0(c)
    return test0


class _Compiler:
    def __init__(self, flags, ngroups):
        self.flags = flags
        self.ngroups = ngroups
        self.nreps = 0
        self.deep = False  # a general repetition that recurses per iteration

    def compile(self, node, nxt, flags):
        kind = node[0]
        method = getattr(self, 'c_' + kind)
        return method(node, nxt, flags)

    def c_empty(self, node, nxt, flags):
        return nxt

    def c_lit(self, node, nxt, flags):
        text = node[1]
        L = len(text)
        if flags & _I:
            low = text.lower()
            if L == 1:
                test = _char_test(node, flags)

                def m(st, i):
                    if i < st.n and test(st.s[i]):
                        return nxt(st, i + 1)
                    return False
                return m
            tests = [_char_test(('lit', ch), flags) for ch in text]

            def m(st, i):
                if i + L > st.n:
                    return False
                s = st.s
                if s[i:i + L].lower() != low:
                    for k in range(L):
                        if not tests[k](s[i + k]):
                            return False
                return nxt(st, i + L)
            return m
        if L == 1:
            def m(st, i):
                if i < st.n and st.s[i] == text:
                    return nxt(st, i + 1)
                return False
            return m

        def m(st, i):
            if i + L <= st.n and st.s.startswith(text, i):
                return nxt(st, i + L)
            return False
        return m

    def _single(self, node, nxt, flags):
        test = _char_test(node, flags)

        def m(st, i):
            if i < st.n and test(st.s[i]):
                return nxt(st, i + 1)
            return False
        return m

    c_set = _single
    c_any = _single
    c_cat = _single

    def c_seq(self, node, nxt, flags):
        m = nxt
        for item in reversed(node[1]):
            m = self.compile(item, m, flags)
        return m

    def c_alt(self, node, nxt, flags):
        ms = [self.compile(a, nxt, flags) for a in node[1]]
        if len(ms) == 2:
            m1, m2 = ms

            def m(st, i):
                return m1(st, i) or m2(st, i)
            return m

        def m(st, i):
            for a in ms:
                if a(st, i):
                    return True
            return False
        return m

    def c_flags(self, node, nxt, flags):
        on, off = node[1], node[2]
        return self.compile(node[3], nxt, (flags | on) & ~off)

    def c_group(self, node, nxt, flags):
        index = node[1]
        if index is None:
            return self.compile(node[2], nxt, flags)
        g2 = 2 * index

        def close(st, j):
            marks = st.marks
            old_s = marks[g2]
            old_e = marks[g2 + 1]
            old_last = st.lastindex
            marks[g2] = st.pend[index]
            marks[g2 + 1] = j
            st.lastindex = index
            if nxt(st, j):
                return True
            marks[g2] = old_s
            marks[g2 + 1] = old_e
            st.lastindex = old_last
            return False

        inner = self.compile(node[2], close, flags)

        def m(st, i):
            pend = st.pend
            old = pend[index]
            pend[index] = i
            if inner(st, i):
                return True
            pend[index] = old
            return False
        return m

    def c_at(self, node, nxt, flags):
        kind = node[1]
        if kind == '^':
            if flags & _M:
                def m(st, i):
                    if i == 0 or st.s[i - 1] == '\n':
                        return nxt(st, i)
                    return False
            else:
                def m(st, i):
                    if i == 0:
                        return nxt(st, i)
                    return False
            return m
        if kind == '$':
            if flags & _M:
                def m(st, i):
                    if i == st.n or st.s[i] == '\n':
                        return nxt(st, i)
                    return False
            else:
                def m(st, i):
                    n = st.n
                    if i == n or (i == n - 1 and st.s[i] == '\n'):
                        return nxt(st, i)
                    return False
            return m
        if kind == 'A':
            def m(st, i):
                if i == 0:
                    return nxt(st, i)
                return False
            return m
        if kind == 'Z':
            def m(st, i):
                if i == st.n:
                    return nxt(st, i)
                return False
            return m
        word = _is_word_ascii if flags & _A else _is_word
        want = kind == 'b'

        def m(st, i):
            s = st.s
            if not want and st.n == 0:
                # as sre: \B never matches in an empty string
                return False
            before = i > 0 and word(s[i - 1])
            after = i < st.n and word(s[i])
            if (before != after) == want:
                return nxt(st, i)
            return False
        return m

    def c_ref(self, node, nxt, flags):
        g2 = 2 * node[1]
        ignore = flags & _I

        def m(st, i):
            a = st.marks[g2]
            b = st.marks[g2 + 1]
            if a < 0 or b < 0:
                return False
            L = b - a
            if i + L > st.n:
                return False
            s = st.s
            if ignore:
                if s[a:b].lower() != s[i:i + L].lower():
                    return False
            elif s[a:b] != s[i:i + L]:
                return False
            return nxt(st, i + L)
        return m

    def c_look(self, node, nxt, flags):
        sub, ahead, negated = node[1], node[2], node[3]
        if ahead:
            inner = self.compile(sub, _succeed, flags)
        else:
            width = _width(sub)

            def at_end(st, j):
                return j == st.lookstack[-1]
            inner_b = self.compile(sub, at_end, flags)

            def inner(st, i):
                if i - width < 0:
                    return False
                st.lookstack.append(i)
                try:
                    return inner_b(st, i - width)
                finally:
                    st.lookstack.pop()

        if negated:
            def m(st, i):
                saved = st.marks[:]
                last = st.lastindex
                if inner(st, i):
                    st.marks[:] = saved
                    st.lastindex = last
                    return False
                return nxt(st, i)
        else:
            def m(st, i):
                saved = st.marks[:]
                last = st.lastindex
                if inner(st, i):
                    if nxt(st, i):
                        return True
                st.marks[:] = saved
                st.lastindex = last
                return False
        return m

    def c_atomic(self, node, nxt, flags):
        inner = self.compile(node[1], _record_end, flags)

        def m(st, i):
            saved = st.marks[:]
            last = st.lastindex
            if inner(st, i):
                if nxt(st, st.atomic_end):
                    return True
            st.marks[:] = saved
            st.lastindex = last
            return False
        return m

    def c_cond(self, node, nxt, flags):
        g2 = 2 * node[1]
        yes = self.compile(node[2], nxt, flags)
        no = self.compile(node[3], nxt, flags)

        def m(st, i):
            if st.marks[g2 + 1] >= 0:
                return yes(st, i)
            return no(st, i)
        return m

    def c_rep(self, node, nxt, flags):
        sub, lo, hi, mode = node[1], node[2], node[3], node[4]
        test = _char_test(sub, flags)
        if test is not None:
            return self._rep_single(test, lo, hi, mode, nxt, sub, flags)
        if mode == 'possessive':
            return self.c_atomic(('atomic', ('rep', sub, lo, hi, 'greedy')), nxt, flags)
        self.deep = True
        qid = self.nreps
        self.nreps += 1
        lazy = mode == 'lazy'

        def loop(st, i):
            count, last = st.rep[qid]
            if count < lo:
                st.rep[qid] = (count + 1, i)
                if body(st, i):
                    return True
                st.rep[qid] = (count, last)
                return False
            if lazy:
                if nxt(st, i):
                    return True
                if (hi is None or count < hi) and i != last:
                    st.rep[qid] = (count + 1, i)
                    if body(st, i):
                        return True
                    st.rep[qid] = (count, last)
                return False
            if (hi is None or count < hi) and i != last:
                st.rep[qid] = (count + 1, i)
                if body(st, i):
                    return True
                st.rep[qid] = (count, last)
            return nxt(st, i)

        body = self.compile(sub, loop, flags)

        def m(st, i):
            rep = st.rep
            saved = rep.get(qid)
            rep[qid] = (0, -1)
            if loop(st, i):
                return True
            if saved is None:
                del rep[qid]
            else:
                rep[qid] = saved
            return False
        return m

    def _rep_single(self, test, lo, hi, mode, nxt, sub, flags):
        if sub[0] == 'any' and not (flags & _S):
            # '.' : the run ends at the next newline
            def extent(s, i, limit):
                j = s.find('\n', i, limit)
                return limit if j < 0 else j
        elif sub[0] == 'any':
            def extent(s, i, limit):
                return limit
        else:
            def extent(s, i, limit):
                j = i
                while j < limit and test(s[j]):
                    j += 1
                return j

        if mode == 'lazy':
            def m(st, i):
                s = st.s
                n = st.n
                j = i + lo
                if j > n:
                    return False
                if lo and extent(s, i, j) != j:
                    return False
                limit = n if hi is None else min(n, i + hi)
                while True:
                    if nxt(st, j):
                        return True
                    if j < limit and test(s[j]):
                        j += 1
                    else:
                        return False
            return m

        if mode == 'possessive':
            def m(st, i):
                n = st.n
                limit = n if hi is None else min(n, i + hi)
                j = extent(st.s, i, limit)
                if j - i < lo:
                    return False
                return nxt(st, j)
            return m

        def m(st, i):
            n = st.n
            limit = n if hi is None else min(n, i + hi)
            j = extent(st.s, i, limit)
            stop = i + lo
            while j >= stop:
                if nxt(st, j):
                    return True
                j -= 1
            return False
        return m


def _succeed(st, i):
    return True


def _record_end(st, i):
    st.atomic_end = i
    return True


def _done(st, i):
    st.end = i
    return True


def _done_full(st, i):
    if i == st.n:
        st.end = i
        return True
    return False


def _done_advance(st, i):
    # after an empty match, the next match may not be empty at the same position
    if i == st.start and st.start == st.must_advance:
        return False
    st.end = i
    return True


# ---- Pattern and Match --------------------------------------------------------------------------

class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, bytes):
            raise TypeError('pyvm re supports str patterns only')
        flags = int(flags)
        parser = _Parser(pattern, flags)
        tree = parser.parse()
        flags = parser.flags
        if flags & _A and flags & _U:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if not flags & _A:
            flags |= _U
        self.pattern = pattern
        self.flags = flags
        self.groups = parser.groups - 1
        self._groupindex = dict(parser.groupdict)
        self._indexgroup = {v: k for k, v in parser.groupdict.items()}
        comp = _Compiler(flags, parser.groups)
        self._match = comp.compile(tree, _done, flags)
        self._full = comp.compile(tree, _done_full, flags)
        self._adv = comp.compile(tree, _done_advance, flags)
        self._deep = comp.deep
        self._prefix = _literal_prefix(tree) if not flags & _I else ''
        self._first = _first_test(tree, flags)
        self._anchored = _starts_anchored(tree) and not flags & _M

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if flags & _U and not flags & _A:
            flags &= ~_U
        if flags:
            names = []
            for name, value in (('TEMPLATE', 1), ('IGNORECASE', _I), ('LOCALE', _L),
                                ('MULTILINE', _M), ('DOTALL', _S), ('UNICODE', _U),
                                ('VERBOSE', _X), ('DEBUG', _DEBUG), ('ASCII', _A)):
                if flags & value:
                    names.append('re.' + name)
                    flags &= ~value
            if flags:
                names.append(hex(flags))
            return 're.compile(%.200r, %s)' % (self.pattern, '|'.join(names))
        return 're.compile(%.200r)' % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return compile, (self.pattern, self.flags)

    def _state(self, string, endpos):
        st = _State()
        if not isinstance(string, str):
            raise TypeError('expected string or bytes-like object, got %r' % type(string).__name__)
        n = len(string)
        if endpos < n:
            if endpos < 0:
                endpos = 0
            string = string[:endpos]
            n = endpos
        st.s = string
        st.n = n
        st.marks = [-1] * (2 * (self.groups + 1))
        st.pend = [-1] * (self.groups + 1)
        st.lastindex = None
        st.rep = {}
        st.lookstack = []
        st.must_advance = -1
        st.atomic_end = -1
        return st

    def _run(self, matcher, st, i):
        # marks are restored when an attempt fails, so they need no reset here
        st.start = i
        if self._deep:
            limit = _sys.getrecursionlimit()
            need = 4 * (st.n - i) + 1000
            if limit < need:
                _sys.setrecursionlimit(need)
                try:
                    return matcher(st, i)
                finally:
                    _sys.setrecursionlimit(limit)
        return matcher(st, i)

    def _search(self, st, pos, matcher):
        n = st.n
        if pos < 0:
            pos = 0
        if pos > n:
            return False
        prefix = self._prefix
        if self._anchored:
            if pos != 0:
                return False
            return self._run(matcher, st, 0)
        first = self._first
        s = st.s
        i = pos
        while i <= n:
            if prefix:
                j = s.find(prefix, i)
                if j < 0:
                    return False
                i = j
            elif first is not None:
                while i < n and not first(s[i]):
                    i += 1
                if i >= n:
                    return False
            if self._run(matcher, st, i):
                st.start = i
                return True
            i += 1
        return False

    def _make_match(self, string, st, pos, endpos):
        marks = st.marks[:]
        marks[0] = st.start
        marks[1] = st.end
        return Match(self, string, marks, st.lastindex, pos, endpos)

    def match(self, string, pos=0, endpos=_sys.maxsize):
        """Matches zero or more characters at the beginning of the string."""
        st = self._state(string, endpos)
        if pos < 0:
            pos = 0
        if pos > st.n:
            return None
        if self._run(self._match, st, pos):
            st.start = pos
            return self._make_match(string, st, pos, endpos)
        return None

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        """Matches against all of the string."""
        st = self._state(string, endpos)
        if pos < 0:
            pos = 0
        if pos > st.n:
            return None
        if self._run(self._full, st, pos):
            st.start = pos
            return self._make_match(string, st, pos, endpos)
        return None

    def search(self, string, pos=0, endpos=_sys.maxsize):
        """Scan through string looking for a match, and return a corresponding
        match object instance.

        Return None if no position in the string matches."""
        st = self._state(string, endpos)
        if self._search(st, pos, self._match):
            return self._make_match(string, st, pos, endpos)
        return None

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        """Return an iterator over all non-overlapping matches for the
        RE pattern in string.

        For each match, the iterator returns a match object."""
        st = self._state(string, endpos)
        return self._finditer(string, st, pos, endpos)

    def _finditer(self, string, st, pos, endpos):
        n = st.n
        if pos < 0:
            pos = 0
        i = pos
        st.must_advance = -1
        marks = st.marks
        nmarks = len(marks)
        while i <= n:
            if not self._search(st, i, self._adv):
                return
            m = self._make_match(string, st, pos, endpos)
            marks[:] = [-1] * nmarks
            st.lastindex = None
            yield m
            st.must_advance = st.end if st.end == st.start else -1
            i = st.end

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        """Return a list of all non-overlapping matches of pattern in string."""
        result = []
        groups = self.groups
        for m in self.finditer(string, pos, endpos):
            if groups == 0:
                result.append(m.group(0))
            elif groups == 1:
                g = m._get(1)
                result.append(g if g is not None else '')
            else:
                result.append(tuple(g if g is not None else '' for g in m.groups()))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        result = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            start, end = m.span()
            result.append(string[last:start])
            result.extend(m.groups())
            last = end
            count += 1
        result.append(string[last:])
        return result

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing
        the leftmost non-overlapping occurrences of pattern with the
        replacement repl."""
        if callable(repl):
            filter = repl
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], str):
                literal = template[0]

                def filter(m):
                    return literal
            else:
                def filter(m):
                    return _expand_template(template, m)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            start, end = m.span()
            pieces.append(string[last:start])
            r = filter(m)
            if r is not None:
                if not isinstance(r, str):
                    raise TypeError('expected str instance, %s found' % type(r).__name__)
                pieces.append(r)
            last = end
            n += 1
        pieces.append(string[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos)
        self._st = pattern._state(string, endpos)
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def search(self):
        return next(self._it, None)

    def match(self):
        st = self._st
        if self._pos > st.n:
            return None
        if self.pattern._run(self.pattern._match, st, self._pos):
            st.start = self._pos
            m = self.pattern._make_match(self._string, st, self._pos, self._endpos)
            self._pos = st.end if st.end > st.start else st.end + 1
            return m
        return None


def _literal_prefix(node):
    kind = node[0]
    if kind == 'lit':
        return node[1]
    if kind == 'seq' and node[1] and node[1][0][0] == 'lit':
        return node[1][0][1]
    if kind == 'group' and node[1] is not None:
        return _literal_prefix(node[2])
    return ''


def _first_test(node, flags):
    """A test the first character of any match must pass, or None (matches may be empty or
    start with anything)."""
    kind = node[0]
    if kind in ('lit', 'set', 'any', 'cat'):
        if kind == 'lit':
            node = ('lit', node[1][0])
        return _char_test(node, flags)
    if kind == 'rep' and node[2] >= 1:
        return _first_test(node[1], flags)
    if kind == 'seq' and node[1]:
        return _first_test(node[1][0], flags)
    if kind == 'group':
        return _first_test(node[2], flags)
    if kind == 'flags':
        return _first_test(node[3], (flags | node[1]) & ~node[2])
    if kind == 'alt':
        tests = [_first_test(a, flags) for a in node[1]]
        if any(t is None for t in tests):
            return None
        return lambda c: any(t(c) for t in tests)
    return None


def _starts_anchored(node):
    kind = node[0]
    if kind == 'at':
        return node[1] in ('^', 'A')
    if kind == 'seq':
        return bool(node[1]) and _starts_anchored(node[1][0])
    if kind == 'group':
        return _starts_anchored(node[2])
    return False


class Match:
    """The result of re.match() and re.search()."""

    __slots__ = ('re', 'string', '_marks', 'lastindex', 'pos', 'endpos')

    def __init__(self, pattern, string, marks, lastindex, pos, endpos):
        self.re = pattern
        self.string = string
        self._marks = marks
        self.lastindex = lastindex
        self.pos = pos
        self.endpos = min(endpos, len(string)) if endpos >= 0 else 0

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._indexgroup.get(self.lastindex)

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, str):
            gi = self.re._groupindex.get(g)
            if gi is not None:
                return gi
            raise IndexError('no such group')
        try:
            g = g.__index__()
        except AttributeError:
            raise IndexError('no such group') from None
        if 0 <= g <= self.re.groups:
            return g
        raise IndexError('no such group')

    def _get(self, g, default=None):
        g2 = 2 * g
        a = self._marks[g2]
        b = self._marks[g2 + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
    Return subgroup(s) of the match by indices or names.
    For 0 returns the entire match."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1."""
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match,
        keyed by the subgroup name."""
        return {name: self._get(g, default) for name, g in self.re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        g = self._index(group)
        return (self._marks[2 * g], self._marks[2 * g + 1])

    def expand(self, template):
        """Return the string obtained by doing backslash substitution
        on the string template, as done by the sub() method."""
        return _expand_template(_compile_template(self.re, template), self)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


# ---- replacement templates ----------------------------------------------------------------------

def _compile_template(pattern, template):
    """A list of literal strings and group indices."""
    if not isinstance(template, str):
        raise TypeError('expected str instance, %s found' % type(template).__name__)
    parts = []
    literal = []
    i = 0
    n = len(template)
    groups = pattern.groups
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', template, start)
        c = template[i]
        i += 1
        if c == 'g':
            if i >= n or template[i] != '<':
                raise error('missing <', template, i)
            end = template.find('>', i + 1)
            if end < 0:
                raise error('missing >, unterminated name', template, i + 1)
            name = template[i + 1:end]
            if not name:
                raise error('missing group name', template, i + 1)
            if name.isdigit():
                index = int(name)
                if index > groups:
                    raise error('invalid group reference %d' % index, template, i + 1)
            elif name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern._groupindex[name]
            else:
                raise error('bad character in group name %r' % name, template, i + 1)
            i = end + 1
            if literal:
                parts.append(''.join(literal))
                literal = []
            parts.append(index)
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and template[i] in '01234567':
                digits += template[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif c.isdigit() and c in '0123456789':
            digits = c
            if i < n and template[i] in '0123456789':
                if (c in '01234567' and i + 1 < n and template[i] in '01234567'
                        and template[i + 1] in '01234567'):
                    digits = c + template[i:i + 2]
                    i += 2
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % digits,
                                    template, start)
                    literal.append(chr(value))
                    continue
                digits += template[i]
                i += 1
            index = int(digits)
            if index > groups:
                raise error('invalid group reference %d' % index, template, start + 1)
            if literal:
                parts.append(''.join(literal))
                literal = []
            parts.append(index)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\' + c, template, start)
        else:
            literal.append('\\' + c)
    if literal or not parts:
        parts.append(''.join(literal))
    return parts


def _expand_template(template, m):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            s = m._get(part)
            if s is not None:
                out.append(s)
    return ''.join(out)


# ---- module functions ---------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    p = Pattern(pattern, flags)
    if not flags & _DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | 1)


_special_chars_map = {i: '\\' + chr(i) for i in map(ord, '()[]{}?*+-|^$\\.&~# \t\n\r\v\f')}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    raise TypeError('pyvm re supports str patterns only')
