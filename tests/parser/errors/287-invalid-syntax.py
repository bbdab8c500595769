x = 1ifx else 2
