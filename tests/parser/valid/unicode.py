x = "héllo"; y = 1
é = 2
print(é, "日本語", x)
s = "😀"; t = 3
