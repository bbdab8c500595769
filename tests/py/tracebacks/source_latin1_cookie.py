# -*- coding: latin-1 -*-
print("café")
raise SystemExit(3)
