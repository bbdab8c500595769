x = 7.else25
