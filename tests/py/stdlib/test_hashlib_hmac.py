import hashlib
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'hello world')
    d = h.hexdigest(16) if name.startswith('shake') else h.hexdigest()
    print(name, h.name, h.digest_size, h.block_size, d)
print(hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').digest(), hashlib.sha256().hexdigest())
h = hashlib.sha256(); h.update(b'a'); c = h.copy(); h.update(b'b'); print(h.hexdigest() == hashlib.sha256(b'ab').hexdigest(), c.hexdigest() == hashlib.sha256(b'a').hexdigest(), h.hexdigest() == h.hexdigest())
print(repr(hashlib.md5())[:26], type(hashlib.md5()), type(hashlib.shake_128()), type(hashlib.blake2b()), hashlib.md5.__name__)
for bad in ['hashlib.md5("x")', 'hashlib.md5(1)', 'hashlib.new("foo")', 'hashlib.new("SHA256").name', 'hashlib.md5().update("x")', 'hashlib.shake_128(b"").hexdigest()', 'hashlib.new("md5", b"a", usedforsecurity=False).hexdigest()', 'hashlib.sha256(data=b"a").hexdigest()', 'hashlib.sha256(string=b"a").hexdigest()', 'hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()', 'hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 10, 5).hex()', 'hashlib.md5(bytearray(b"a")).hexdigest()', 'hashlib.new("blake2b").name', 'hashlib.sha3_256().name', 'hashlib.shake_256().name', 'hashlib.new("sha3-256").name', 'hashlib.sha256(b"a", b"b")', 'hashlib.blake2s(b"x").hexdigest()', 'hashlib.sha512(b"x" * 1000).hexdigest()[:20]']:
    try: print(bad, '->', repr(eval(bad)))
    except Exception as e: print(bad, '!!', type(e).__name__, e)
import hmac
for t in ['hmac.new(b"k")', 'hmac.new("k", digestmod="sha256")', 'hmac.new(b"k", "m", "sha256")', 'hmac.new(b"k", b"m", "sha256").hexdigest()', 'hmac.new(b"k", b"m", hashlib.md5).hexdigest()', 'hmac.new(b"k"*100, b"m", "sha512").hexdigest()[:20]', 'hmac.new(b"k", digestmod="sha256").name', 'hmac.new(b"k", digestmod="sha256").digest_size', 'hmac.new(b"k", digestmod="sha256").block_size', 'hmac.digest(b"k", b"m", "sha1").hex()', 'hmac.compare_digest(b"a", b"a")', 'hmac.compare_digest("a", "b")', 'hmac.compare_digest("a", b"b")', 'hmac.compare_digest("é", "é")', 'repr(hmac.new(b"k", digestmod="md5"))[:20]', 'hmac.new(b"k", digestmod="nope")', 'hmac.HMAC(b"k", digestmod="sha1").copy().hexdigest()']:
    try: print(t, '->', repr(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
m = hmac.new(b'key', digestmod='sha256'); m.update(b'part1'); m2 = m.copy(); m.update(b'part2'); print(m.hexdigest(), m2.hexdigest())
