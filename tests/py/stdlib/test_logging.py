import logging, sys
logging.warning("plain %s", "warn")
logging.info("not shown")
logging.error("err %d", 5)
log = logging.getLogger("app.sub")
print(log, log.parent, logging.getLogger(), logging.getLogger("app"), log.parent)
log.warning("from child")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
def fn():
    log.debug("debug msg %s", [1, 2])
    log.info("dict args %(a)s", {"a": 1})
fn()
log.propagate = False
log.error("no propagate")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("caught")
    log.error("with exc_info", exc_info=True)
log.critical("crit")
print(log.getEffectiveLevel(), log.isEnabledFor(5), logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
log.log(15, "verbose one")
print(repr(h), repr(logging.root.handlers[0]), logging.root.handlers[0].formatter._fmt)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname:<8}{name}: {message}", style="{"))
l2 = logging.getLogger("brace"); l2.addHandler(h2); l2.propagate = False
l2.warning("hello %s", "x")
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter("${levelname} ${message}", style="$"))
l3 = logging.getLogger("tmpl"); l3.addHandler(h3); l3.propagate = False
l3.warning("tmpl msg")
for bad in [lambda: logging.Formatter("%(x)", style="%"), lambda: logging.Formatter("x", style="{"), lambda: logging.Formatter("x", style="#"), lambda: log.setLevel("NOPE"), lambda: log.setLevel(1.5), lambda: log.log("x", "m"), lambda: logging.basicConfig(foo=1)]:
    try: bad(); print("no error")
    except Exception as e: print(type(e).__name__, e)
class F(logging.Filter):
    def filter(self, r): return "keep" in r.msg
log.addFilter(F())
log.warning("drop this"); log.warning("keep this")
log.removeFilter(log.filters[0])
ad = logging.LoggerAdapter(log, {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
ad.warning("adapted")
print(repr(ad))
try: log.warning("x", extra={"message": 1})
except KeyError as e: print("KeyError", e)
h.setFormatter(logging.Formatter("%(message)s"))
log.warning("stack", stack_info=True)
logging.disable(logging.ERROR)
log.warning("disabled"); log.critical("still on")
logging.disable(logging.NOTSET)
null = logging.getLogger("nullh"); null.addHandler(logging.NullHandler()); null.propagate = False; null.error("nothing")
other = logging.getLogger("noconf"); print(other.hasHandlers(), logging.getLogger("a.b.c").parent.name)
r = logging.makeLogRecord({"msg": "m %s", "args": (1,)}); print(r.getMessage(), r.levelno)
h.setFormatter(logging.Formatter("%(message)s", defaults={"x": 1}))
log.warning("bad format %s %s", 1)
print("end")
import logging, sys
for fmt, style in [("%(x)", "%"), ("%(name)s", "%"), ("%(name)-10s|", "%"), ("%(levelno)05d", "%"), ("%(msg).3s", "%"), ("%(a)*d", "%"), ("%(a)", "%"), ("plain", "%"), ("%%(x)s", "%"), ("{x}", "{"), ("{x!z}", "{"), ("{x:>>10}", "{"), ("{}", "{"), ("{0.a[1]}", "{"), ("$x", "$"), ("${x}", "$"), ("$", "$"), ("$$", "$"), ("a $ b", "$"), ("%(a)Z", "%"), ("%(a)S", "%")]:
    try:
        logging.Formatter(fmt, style=style); print(repr(fmt), "ok")
    except ValueError as e:
        print(repr(fmt), "ValueError", e)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
l = logging.getLogger("t"); l.addHandler(h); l.propagate = False
l.error("template %s", "works")
