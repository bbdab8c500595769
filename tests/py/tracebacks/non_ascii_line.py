# columns are characters, not UTF-8 bytes, on lines with non-ASCII text
prix = {'café': 2.5, 'thé': 1.8}
print(f"total: {prix['café'] + prix['thé']}")
print('résumé: ' + prix['thé'])
