while (line := f()) != "": print(line)
[y := 5, y ** 2]
foo(x := 3, cat="vector")
