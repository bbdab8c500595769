foo(a)(b
